/// Pods with stable names and storage, created in order (`apps/v1.StatefulSet`).
public struct StatefulSet: KubeObject {
    public static let kind = "StatefulSet"
    public static let apiVersions = ["apps/v1"]

    public var apiVersion: String
    public var kind: String
    public var metadata: ObjectMeta
    public var spec: StatefulSetSpec
    public var status: StatefulSetStatus?

    public init(metadata: ObjectMeta, spec: StatefulSetSpec) {
        self.apiVersion = "apps/v1"
        self.kind = Self.kind
        self.metadata = metadata
        self.spec = spec
    }
}

public struct StatefulSetSpec: Codable, Sendable, Hashable {
    public var replicas: Int?
    public var selector: LabelSelector
    public var template: PodTemplateSpec
    public var volumeClaimTemplates: [PersistentVolumeClaimTemplate]?
    /// Optional since Kubernetes 1.33 (kubernetes/kubernetes#130233); pods then get no DNS names.
    public var serviceName: String?
    public var podManagementPolicy: PodManagementPolicy?
    public var updateStrategy: StatefulSetUpdateStrategy?
    public var revisionHistoryLimit: Int?
    public var minReadySeconds: Int?
    public var persistentVolumeClaimRetentionPolicy:
        StatefulSetPersistentVolumeClaimRetentionPolicy?
    public var ordinals: StatefulSetOrdinals?

    public init(
        replicas: Int? = nil, selector: LabelSelector, template: PodTemplateSpec,
        serviceName: String? = nil
    ) {
        self.replicas = replicas
        self.selector = selector
        self.template = template
        self.serviceName = serviceName
    }
}

public enum PodManagementPolicy: String, KubeEnum {
    case orderedReady = "OrderedReady"
    case parallel = "Parallel"
}

public struct StatefulSetUpdateStrategy: Codable, Sendable, Hashable {
    public var type: StatefulSetUpdateStrategyType?
    public var rollingUpdate: RollingUpdateStatefulSetStrategy?

    public init(
        type: StatefulSetUpdateStrategyType? = nil,
        rollingUpdate: RollingUpdateStatefulSetStrategy? = nil
    ) {
        self.type = type
        self.rollingUpdate = rollingUpdate
    }
}

public enum StatefulSetUpdateStrategyType: String, KubeEnum {
    case rollingUpdate = "RollingUpdate"
    case onDelete = "OnDelete"
}

public struct RollingUpdateStatefulSetStrategy: Codable, Sendable, Hashable {
    public var partition: Int?
    public var maxUnavailable: IntOrString?

    public init(partition: Int? = nil, maxUnavailable: IntOrString? = nil) {
        self.partition = partition
        self.maxUnavailable = maxUnavailable
    }
}

public struct StatefulSetPersistentVolumeClaimRetentionPolicy: Codable, Sendable, Hashable {
    public var whenDeleted: PersistentVolumeClaimRetentionPolicyType?
    public var whenScaled: PersistentVolumeClaimRetentionPolicyType?

    public init(
        whenDeleted: PersistentVolumeClaimRetentionPolicyType? = nil,
        whenScaled: PersistentVolumeClaimRetentionPolicyType? = nil
    ) {
        self.whenDeleted = whenDeleted
        self.whenScaled = whenScaled
    }
}

public enum PersistentVolumeClaimRetentionPolicyType: String, KubeEnum {
    case retain = "Retain"
    case delete = "Delete"
}

public struct StatefulSetOrdinals: Codable, Sendable, Hashable {
    public var start: Int?

    public init(start: Int? = nil) { self.start = start }
}

public struct StatefulSetStatus: Codable, Sendable, Hashable {
    public var observedGeneration: Int?
    public var replicas: Int?
    public var readyReplicas: Int?
    public var currentReplicas: Int?
    public var updatedReplicas: Int?
    public var availableReplicas: Int?
    public var currentRevision: String?
    public var updateRevision: String?
    public var collisionCount: Int?
    public var conditions: [Condition]?

    public init() {}
}
