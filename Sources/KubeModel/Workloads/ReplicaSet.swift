/// Keeps a number of identical pods running (`apps/v1.ReplicaSet`).
public struct ReplicaSet: KubeObject {
    public static let kind = "ReplicaSet"
    public static let apiVersions = ["apps/v1"]

    public var apiVersion: String
    public var kind: String
    public var metadata: ObjectMeta
    public var spec: ReplicaSetSpec
    public var status: ReplicaSetStatus?

    public init(metadata: ObjectMeta, spec: ReplicaSetSpec) {
        self.apiVersion = "apps/v1"
        self.kind = Self.kind
        self.metadata = metadata
        self.spec = spec
    }
}

public struct ReplicaSetSpec: Codable, Sendable, Hashable {
    public var replicas: Int?
    public var minReadySeconds: Int?
    public var selector: LabelSelector
    public var template: PodTemplateSpec

    public init(replicas: Int? = nil, selector: LabelSelector, template: PodTemplateSpec) {
        self.replicas = replicas
        self.selector = selector
        self.template = template
    }
}

public struct ReplicaSetStatus: Codable, Sendable, Hashable {
    public var replicas: Int?
    public var fullyLabeledReplicas: Int?
    public var readyReplicas: Int?
    public var availableReplicas: Int?
    public var terminatingReplicas: Int?
    public var observedGeneration: Int?
    public var conditions: [Condition]?

    public init() {}
}
