/// A piece of storage in the cluster (`core/v1.PersistentVolume`).
public struct PersistentVolume: KubeObject {
    public static let kind = "PersistentVolume"
    public static let apiVersions = ["v1"]

    public var apiVersion: String
    public var kind: String
    public var metadata: ObjectMeta
    public var spec: PersistentVolumeSpec
    public var status: PersistentVolumeStatus?

    public init(metadata: ObjectMeta, spec: PersistentVolumeSpec) {
        self.apiVersion = "v1"
        self.kind = Self.kind
        self.metadata = metadata
        self.spec = spec
    }
}

public struct PersistentVolumeSpec: Codable, Sendable, Hashable {
    public var capacity: [String: Quantity]?
    public var accessModes: [PersistentVolumeAccessMode]?
    public var claimRef: ObjectReference?
    public var persistentVolumeReclaimPolicy: PersistentVolumeReclaimPolicy?
    public var storageClassName: String?
    public var mountOptions: [String]?
    public var volumeMode: PersistentVolumeMode?
    public var nodeAffinity: VolumeNodeAffinity?
    public var volumeAttributesClassName: String?
    public var hostPath: OpaqueValue?
    public var local: OpaqueValue?
    public var csi: OpaqueValue?
    public var nfs: OpaqueValue?
    public var iscsi: OpaqueValue?
    public var fc: OpaqueValue?
    public var awsElasticBlockStore: OpaqueValue?
    public var gcePersistentDisk: OpaqueValue?
    public var azureDisk: OpaqueValue?
    public var azureFile: OpaqueValue?
    public var cephfs: OpaqueValue?
    public var rbd: OpaqueValue?

    public init(
        capacity: [String: Quantity]? = nil, accessModes: [PersistentVolumeAccessMode]? = nil,
        storageClassName: String? = nil
    ) {
        self.capacity = capacity
        self.accessModes = accessModes
        self.storageClassName = storageClassName
    }
}

public struct VolumeNodeAffinity: Codable, Sendable, Hashable {
    public var required: NodeSelector?

    public init(required: NodeSelector? = nil) { self.required = required }
}

public enum PersistentVolumeReclaimPolicy: String, KubeEnum {
    case recycle = "Recycle"
    case delete = "Delete"
    case retain = "Retain"
}

public struct PersistentVolumeStatus: Codable, Sendable, Hashable {
    public var phase: PersistentVolumePhase?
    public var message: String?
    public var reason: String?
    public var lastPhaseTransitionTime: String?

    public init(phase: PersistentVolumePhase? = nil) { self.phase = phase }
}

public enum PersistentVolumePhase: String, KubeEnum {
    case pending = "Pending"
    case available = "Available"
    case bound = "Bound"
    case released = "Released"
    case failed = "Failed"
}
