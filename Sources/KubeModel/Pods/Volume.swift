/// A volume a pod's containers can mount (`core/v1.Volume`).
///
/// The sources LabKit simulates are typed; the rest are accepted as opaque values.
public struct Volume: Codable, Sendable, Hashable {
    public var name: String
    public var persistentVolumeClaim: PersistentVolumeClaimVolumeSource?
    public var emptyDir: EmptyDirVolumeSource?
    public var hostPath: HostPathVolumeSource?
    public var configMap: ConfigMapVolumeSource?
    public var secret: SecretVolumeSource?
    public var projected: OpaqueValue?
    public var downwardAPI: OpaqueValue?
    public var ephemeral: OpaqueValue?
    public var csi: OpaqueValue?
    public var nfs: OpaqueValue?
    public var image: OpaqueValue?
    public var iscsi: OpaqueValue?
    public var local: OpaqueValue?
    public var awsElasticBlockStore: OpaqueValue?
    public var gcePersistentDisk: OpaqueValue?
    public var azureDisk: OpaqueValue?
    public var azureFile: OpaqueValue?
    public var cephfs: OpaqueValue?
    public var rbd: OpaqueValue?
    public var fc: OpaqueValue?

    public init(name: String) { self.name = name }
}

public struct PersistentVolumeClaimVolumeSource: Codable, Sendable, Hashable {
    public var claimName: String
    public var readOnly: Bool?

    public init(claimName: String, readOnly: Bool? = nil) {
        self.claimName = claimName
        self.readOnly = readOnly
    }
}

public struct EmptyDirVolumeSource: Codable, Sendable, Hashable {
    /// `""` (node disk) or `"Memory"`.
    public var medium: String?
    public var sizeLimit: Quantity?

    public init(medium: String? = nil, sizeLimit: Quantity? = nil) {
        self.medium = medium
        self.sizeLimit = sizeLimit
    }
}

public struct HostPathVolumeSource: Codable, Sendable, Hashable {
    public var path: String
    /// `DirectoryOrCreate`, `Directory`, `File`, ...; kept as text since `""` is valid.
    public var type: String?
}

public struct ConfigMapVolumeSource: Codable, Sendable, Hashable {
    public var name: String?
    public var items: [OpaqueValue]?
    public var defaultMode: Int?
    public var optional: Bool?
}

public struct SecretVolumeSource: Codable, Sendable, Hashable {
    public var secretName: String?
    public var items: [OpaqueValue]?
    public var defaultMode: Int?
    public var optional: Bool?
}
