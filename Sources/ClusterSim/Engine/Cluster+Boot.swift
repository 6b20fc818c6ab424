import KubeModel

extension Cluster {
    /// Creates the configured nodes, registered as their kubelets would (Ready, labelled
    /// `kubernetes.io/hostname` and `kubernetes.io/os`, allocatable = capacity unless given, a
    /// kubelet version), then the configured storage classes.
    ///
    /// Call once, after the controllers
    /// are registered, so they see every node arrive.
    public func bootNodesAndStorage() {
        let kubelet = "v\(configuration.controlPlaneVersion).0"
        for node in configuration.nodes {
            _ = try? create(node.registered(defaultKubeletVersion: kubelet))
        }
        for storageClass in configuration.storageClasses {
            _ = try? create(storageClass)
        }
    }
}
