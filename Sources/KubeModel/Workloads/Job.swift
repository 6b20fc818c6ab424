/// Pods that run to completion (`batch/v1.Job`).
public struct Job: KubeObject {
    public static let kind = "Job"
    public static let apiVersions = ["batch/v1"]

    public var apiVersion: String
    public var kind: String
    public var metadata: ObjectMeta
    public var spec: JobSpec
    public var status: JobStatus?

    public init(metadata: ObjectMeta, spec: JobSpec) {
        self.apiVersion = "batch/v1"
        self.kind = Self.kind
        self.metadata = metadata
        self.spec = spec
    }
}

public struct JobSpec: Codable, Sendable, Hashable {
    public var parallelism: Int?
    public var completions: Int?
    public var activeDeadlineSeconds: Int?
    public var backoffLimit: Int?
    public var selector: LabelSelector?
    public var manualSelector: Bool?
    public var template: PodTemplateSpec
    public var ttlSecondsAfterFinished: Int?
    public var completionMode: JobCompletionMode?
    public var suspend: Bool?
    public var podReplacementPolicy: String?
    public var podFailurePolicy: OpaqueValue?
    public var successPolicy: OpaqueValue?
    public var backoffLimitPerIndex: Int?
    public var maxFailedIndexes: Int?
    public var managedBy: String?

    public init(template: PodTemplateSpec) {
        self.template = template
    }
}

public enum JobCompletionMode: String, KubeEnum {
    case nonIndexed = "NonIndexed"
    case indexed = "Indexed"
}

public struct JobStatus: Codable, Sendable, Hashable {
    public var conditions: [Condition]?
    public var startTime: String?
    public var completionTime: String?
    public var active: Int?
    public var succeeded: Int?
    public var failed: Int?
    public var ready: Int?
    public var terminating: Int?
    public var completedIndexes: String?
    public var uncountedTerminatedPods: OpaqueValue?

    public init() {}

    /// Whether a `Complete` or `Failed` condition is True: the Job is finished.
    public var isFinished: Bool {
        (conditions ?? []).contains {
            ($0.type == "Complete" || $0.type == "Failed") && $0.status == "True"
        }
    }
}
