/// Annotations and finalizers the storage controllers read and write, as upstream spells them
/// (pkg/controller/volume/persistentvolume/util, pkg/controller/volume/protectionutil).
enum StorageAnnotations {
    /// Set by the scheduler on a WaitForFirstConsumer claim: where its first pod goes.
    static let selectedNode = "volume.kubernetes.io/selected-node"
    static let storageProvisioner = "volume.kubernetes.io/storage-provisioner"
    static let betaStorageProvisioner = "volume.beta.kubernetes.io/storage-provisioner"
    static let bindCompleted = "pv.kubernetes.io/bind-completed"
    static let boundByController = "pv.kubernetes.io/bound-by-controller"
    static let provisionedBy = "pv.kubernetes.io/provisioned-by"
    /// Keeps a claim while a pod uses it.
    static let pvcProtectionFinalizer = "kubernetes.io/pvc-protection"
    /// The provisioner of classes that only bind pre-created volumes.
    static let noProvisioner = "kubernetes.io/no-provisioner"
    static let zoneLabel = "topology.kubernetes.io/zone"
}
