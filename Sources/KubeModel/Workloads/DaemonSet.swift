/// One pod per eligible node (`apps/v1.DaemonSet`).
public struct DaemonSet: KubeObject {
    public static let kind = "DaemonSet"
    public static let apiVersions = ["apps/v1"]

    public var apiVersion: String
    public var kind: String
    public var metadata: ObjectMeta
    public var spec: DaemonSetSpec
    public var status: DaemonSetStatus?

    public init(metadata: ObjectMeta, spec: DaemonSetSpec) {
        self.apiVersion = "apps/v1"
        self.kind = Self.kind
        self.metadata = metadata
        self.spec = spec
    }
}

public struct DaemonSetSpec: Codable, Sendable, Hashable {
    public var selector: LabelSelector
    public var template: PodTemplateSpec
    public var updateStrategy: DaemonSetUpdateStrategy?
    public var minReadySeconds: Int?
    public var revisionHistoryLimit: Int?

    public init(selector: LabelSelector, template: PodTemplateSpec) {
        self.selector = selector
        self.template = template
    }
}

public struct DaemonSetUpdateStrategy: Codable, Sendable, Hashable {
    public var type: DaemonSetUpdateStrategyType?
    public var rollingUpdate: RollingUpdateDaemonSet?

    public init(
        type: DaemonSetUpdateStrategyType? = nil, rollingUpdate: RollingUpdateDaemonSet? = nil
    ) {
        self.type = type
        self.rollingUpdate = rollingUpdate
    }
}

public enum DaemonSetUpdateStrategyType: String, KubeEnum {
    case rollingUpdate = "RollingUpdate"
    case onDelete = "OnDelete"
}

public struct RollingUpdateDaemonSet: Codable, Sendable, Hashable {
    public var maxUnavailable: IntOrString?
    public var maxSurge: IntOrString?

    public init(maxUnavailable: IntOrString? = nil, maxSurge: IntOrString? = nil) {
        self.maxUnavailable = maxUnavailable
        self.maxSurge = maxSurge
    }
}

public struct DaemonSetStatus: Codable, Sendable, Hashable {
    public var currentNumberScheduled: Int?
    public var numberMisscheduled: Int?
    public var desiredNumberScheduled: Int?
    public var numberReady: Int?
    public var observedGeneration: Int?
    public var updatedNumberScheduled: Int?
    public var numberAvailable: Int?
    public var numberUnavailable: Int?
    public var collisionCount: Int?
    public var conditions: [Condition]?

    public init() {}
}
