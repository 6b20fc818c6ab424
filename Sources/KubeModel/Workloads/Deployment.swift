/// Declarative updates for pods through ReplicaSets (`apps/v1.Deployment`).
public struct Deployment: KubeObject {
    public static let kind = "Deployment"
    public static let apiVersions = ["apps/v1"]

    public var apiVersion: String
    public var kind: String
    public var metadata: ObjectMeta
    public var spec: DeploymentSpec
    public var status: DeploymentStatus?

    public init(metadata: ObjectMeta, spec: DeploymentSpec) {
        self.apiVersion = "apps/v1"
        self.kind = Self.kind
        self.metadata = metadata
        self.spec = spec
    }
}

public struct DeploymentSpec: Codable, Sendable, Hashable {
    public var replicas: Int?
    public var selector: LabelSelector
    public var template: PodTemplateSpec
    public var strategy: DeploymentStrategy?
    public var minReadySeconds: Int?
    public var revisionHistoryLimit: Int?
    public var paused: Bool?
    public var progressDeadlineSeconds: Int?

    public init(replicas: Int? = nil, selector: LabelSelector, template: PodTemplateSpec) {
        self.replicas = replicas
        self.selector = selector
        self.template = template
    }
}

public struct DeploymentStrategy: Codable, Sendable, Hashable {
    public var type: DeploymentStrategyType?
    public var rollingUpdate: RollingUpdateDeployment?

    public init(type: DeploymentStrategyType? = nil, rollingUpdate: RollingUpdateDeployment? = nil)
    {
        self.type = type
        self.rollingUpdate = rollingUpdate
    }
}

public enum DeploymentStrategyType: String, KubeEnum {
    case recreate = "Recreate"
    case rollingUpdate = "RollingUpdate"
}

public struct RollingUpdateDeployment: Codable, Sendable, Hashable {
    public var maxUnavailable: IntOrString?
    public var maxSurge: IntOrString?

    public init(maxUnavailable: IntOrString? = nil, maxSurge: IntOrString? = nil) {
        self.maxUnavailable = maxUnavailable
        self.maxSurge = maxSurge
    }
}

public struct DeploymentStatus: Codable, Sendable, Hashable {
    public var observedGeneration: Int?
    public var replicas: Int?
    public var updatedReplicas: Int?
    public var readyReplicas: Int?
    public var availableReplicas: Int?
    public var unavailableReplicas: Int?
    public var terminatingReplicas: Int?
    public var conditions: [Condition]?
    public var collisionCount: Int?

    public init() {}
}
