/// The cluster every lab and scenario runs on: the controllers of a real control plane and the
/// kubelet, registered in a fixed order, then the configured nodes and storage classes.
extension Cluster {
    /// A booted cluster with every controller LabKit simulates.
    public static func standard(
        configuration: ClusterConfiguration = ClusterConfiguration(),
        images: ImageCatalog = ImageCatalog()
    ) -> Cluster {
        booted(configuration: configuration, controllers: standardControllers(images: images))
    }

    /// A booted cluster with the given controllers (tests leave some out of the standard set).
    public static func booted(
        configuration: ClusterConfiguration, controllers: [any Controller]
    ) -> Cluster {
        let cluster = Cluster(configuration: configuration)
        for controller in controllers {
            cluster.register(controller)
        }
        cluster.bootAPIServer()
        cluster.bootNodesAndStorage()
        return cluster
    }

    /// New instances of every standard controller, in registration order.
    public static func standardControllers(images: ImageCatalog) -> [any Controller] {
        [
            GarbageCollector(),
            NamespaceController(),
            Scheduler(),
            Kubelet(catalog: images),
            EndpointsController(),
            ReplicaSetController(),
            DeploymentController(),
            StatefulSetController(),
            DaemonSetController(),
            JobController(),
            PersistentVolumeController(),
            PVCProtectionController(),
            DisruptionController(),
            NodeLifecycleController(),
            EvictionManager(),
            NodeGroupController(),
            // Reads the scheduler's cache, so it comes after the scheduler.
            ClusterAutoscaler(),
            // A scrape and an HPA sync can fall on the same instant: the scrape goes first.
            MetricsServer(),
            HorizontalPodAutoscalerController(),
        ]
    }

    /// The kubelet of a standard cluster (it also serves as the workload model).
    public var kubelet: Kubelet? {
        registered(Kubelet.self)
    }
}
