import KubeModel

/// The EKS control plane's version (`aws eks update-cluster-version`) and the version skew
/// policy between it and the kubelets (kubernetes.io/releases/version-skew-policy).
extension Cluster {
    /// The API server's `major.minor` version: the configuration's until upgraded.
    public var controlPlaneVersion: String {
        registeredNodeGroupController?.controlPlaneVersion ?? configuration.controlPlaneVersion
    }

    /// Upgrades the control plane by exactly one minor version, as EKS requires; refused when
    /// a node's kubelet would then be more than three minors older than the API server.
    public func upgradeControlPlane(to version: String) throws(APIError) {
        let current =
            KubernetesVersion(controlPlaneVersion) ?? KubernetesVersion(major: 1, minor: 0)
        guard let target = KubernetesVersion(version) else {
            throw NodeGroupErrors.invalidParameter("unsupported Kubernetes version \(version)")
        }
        guard target == current.nextMinor else {
            throw NodeGroupErrors.invalidParameter(
                "Unsupported Kubernetes minor version update from \(current) to \(target)")
        }
        for node in list(Node.self) {
            guard let kubelet = node.status?.nodeInfo?.kubeletVersion,
                let nodeVersion = KubernetesVersion(kubelet),
                target.minors(since: nodeVersion) > KubernetesVersion.maxKubeletSkew
            else { continue }
            throw NodeGroupErrors.invalidParameter(
                "Kubelet version of node \(node.metadata.name ?? "") (\(nodeVersion)) would be "
                    + "more than \(KubernetesVersion.maxKubeletSkew) minor versions older than "
                    + "the control plane (\(target)); update the nodes first")
        }
        let controller = nodeGroupController
        controller.controlPlaneVersion = target.description
        record(
            .normal, "ControlPlaneUpdated",
            "cluster control plane has been upgraded to version \"\(target)\"",
            about: ObjectKey(kind: "Cluster", namespace: "", name: "eks"),
            from: NodeGroupController.componentName)
    }

    /// A node group's version, normalized to `major.minor`, checked against the skew policy:
    /// never newer than the control plane, at most three minors older.
    func checkNodeVersion(_ version: String) throws(APIError) -> String {
        guard let requested = KubernetesVersion(version) else {
            throw NodeGroupErrors.invalidParameter("unsupported Kubernetes version \(version)")
        }
        guard let control = KubernetesVersion(controlPlaneVersion) else {
            return requested.description
        }
        if requested > control {
            throw NodeGroupErrors.invalidParameter(
                "Nodegroup Kubernetes version \(requested) should be equal or less than the "
                    + "cluster's Kubernetes version \(control)")
        }
        if control.minors(since: requested) > KubernetesVersion.maxKubeletSkew {
            throw NodeGroupErrors.invalidParameter(
                "Nodegroup Kubernetes version \(requested) is more than "
                    + "\(KubernetesVersion.maxKubeletSkew) minor versions older than the "
                    + "cluster's Kubernetes version \(control)")
        }
        return requested.description
    }
}
