/// A request for storage (`core/v1.PersistentVolumeClaim`).
public struct PersistentVolumeClaim: KubeObject {
    public static let kind = "PersistentVolumeClaim"
    public static let apiVersions = ["v1"]

    public var apiVersion: String
    public var kind: String
    public var metadata: ObjectMeta
    public var spec: PersistentVolumeClaimSpec
    public var status: PersistentVolumeClaimStatus?

    public init(metadata: ObjectMeta, spec: PersistentVolumeClaimSpec) {
        self.apiVersion = "v1"
        self.kind = Self.kind
        self.metadata = metadata
        self.spec = spec
    }
}

public struct PersistentVolumeClaimSpec: Codable, Sendable, Hashable {
    public var accessModes: [PersistentVolumeAccessMode]?
    public var selector: LabelSelector?
    public var resources: VolumeResourceRequirements?
    public var volumeName: String?
    public var storageClassName: String?
    public var volumeMode: PersistentVolumeMode?
    public var dataSource: OpaqueValue?
    public var dataSourceRef: OpaqueValue?
    public var volumeAttributesClassName: String?

    public init(
        accessModes: [PersistentVolumeAccessMode]? = nil,
        resources: VolumeResourceRequirements? = nil, storageClassName: String? = nil
    ) {
        self.accessModes = accessModes
        self.resources = resources
        self.storageClassName = storageClassName
    }

    /// `resources.requests.storage`.
    public var requestedStorage: Quantity? { resources?.requests?["storage"] }
}

/// A claim's `resources` (no `claims` field, unlike a container's).
public struct VolumeResourceRequirements: Codable, Sendable, Hashable {
    public var limits: [String: Quantity]?
    public var requests: [String: Quantity]?

    public init(limits: [String: Quantity]? = nil, requests: [String: Quantity]? = nil) {
        self.limits = limits
        self.requests = requests
    }
}

public enum PersistentVolumeAccessMode: String, KubeEnum {
    case readWriteOnce = "ReadWriteOnce"
    case readOnlyMany = "ReadOnlyMany"
    case readWriteMany = "ReadWriteMany"
    case readWriteOncePod = "ReadWriteOncePod"
}

public enum PersistentVolumeMode: String, KubeEnum {
    case block = "Block"
    case filesystem = "Filesystem"
}

public struct PersistentVolumeClaimStatus: Codable, Sendable, Hashable {
    public var phase: PersistentVolumeClaimPhase?
    public var accessModes: [PersistentVolumeAccessMode]?
    public var capacity: [String: Quantity]?
    public var conditions: [Condition]?

    public init(phase: PersistentVolumeClaimPhase? = nil) { self.phase = phase }
}

public enum PersistentVolumeClaimPhase: String, KubeEnum {
    case pending = "Pending"
    case bound = "Bound"
    case lost = "Lost"
}
