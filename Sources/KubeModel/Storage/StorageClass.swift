/// A kind of storage and how to provision it (`storage.k8s.io/v1.StorageClass`); its fields
/// sit at the top level, there is no `spec`.
public struct StorageClass: KubeObject {
    public static let kind = "StorageClass"
    public static let apiVersions = ["storage.k8s.io/v1"]

    public var apiVersion: String
    public var kind: String
    public var metadata: ObjectMeta
    public var provisioner: String
    public var parameters: [String: String]?
    /// Only `Delete` and `Retain` are valid here (upstream rejects `Recycle`).
    public var reclaimPolicy: PersistentVolumeReclaimPolicy?
    public var mountOptions: [String]?
    public var allowVolumeExpansion: Bool?
    public var volumeBindingMode: VolumeBindingMode?
    public var allowedTopologies: [OpaqueValue]?

    public init(metadata: ObjectMeta, provisioner: String) {
        self.apiVersion = "storage.k8s.io/v1"
        self.kind = Self.kind
        self.metadata = metadata
        self.provisioner = provisioner
    }

    /// The annotation that marks the class used by claims without `storageClassName`.
    public static let defaultClassAnnotation = "storageclass.kubernetes.io/is-default-class"

    public var isDefaultClass: Bool {
        metadata.annotations?[Self.defaultClassAnnotation] == "true"
    }
}

public enum VolumeBindingMode: String, KubeEnum {
    case immediate = "Immediate"
    case waitForFirstConsumer = "WaitForFirstConsumer"
}
