/// The cluster every lab and scenario runs on: the controllers of a real control plane and the
/// kubelet, registered in a fixed order, then the configured nodes and storage classes.
extension Cluster {
    /// A booted cluster with every controller LabKit simulates.
    public static func standard(
        configuration: ClusterConfiguration = ClusterConfiguration(),
        images: ImageCatalog = ImageCatalog()
    ) -> Cluster {
        let cluster = Cluster(configuration: configuration)
        let controllers: [any Controller] = [
            GarbageCollector(),
            Scheduler(),
            Kubelet(catalog: images),
            EndpointsController(),
            ReplicaSetController(),
            DeploymentController(),
            StatefulSetController(),
            DaemonSetController(),
            PersistentVolumeController(),
            PVCProtectionController(),
        ]
        for controller in controllers {
            cluster.register(controller)
        }
        cluster.bootNodesAndStorage()
        return cluster
    }

    /// The kubelet of a standard cluster (it also serves as the workload model).
    public var kubelet: Kubelet? {
        controllers.lazy.compactMap { $0.controller as? Kubelet }.first
    }
}
