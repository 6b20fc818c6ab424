public import KubeModel

/// The add-ons every EKS cluster runs on each node: the VPC CNI (`aws-node`) and `kube-proxy`,
/// DaemonSets in kube-system with the cpu requests EKS gives them (25m and 100m).
///
/// They are why `kubectl drain` on EKS needs `--ignore-daemonsets` and prints "ignoring
/// DaemonSet-managed Pods", and they take their share of every node. The third default
/// add-on, CoreDNS, is `EKSCoreDNS`.
enum EKSAddons {
    static let namespace = "kube-system"
    /// Amazon's ECR registry for EKS images in us-east-1.
    static let registry = "602401143452.dkr.ecr.us-east-1.amazonaws.com"
    static let cniImage = "\(registry)/amazon-k8s-cni"
    static let kubeProxyImage = "\(registry)/eks/kube-proxy"

    /// The DaemonSets, at the versions EKS installs on a cluster of `version` (`1.29`).
    static func daemonSets(version: String) -> [DaemonSet] {
        [
            daemonSet("aws-node", image: "\(cniImage):v1.18.1-eksbuild.3", cpu: 25),
            daemonSet(
                "kube-proxy", image: "\(kubeProxyImage):v\(version).0-minimal-eksbuild.1",
                cpu: 100),
        ]
    }

    /// The add-ons' images, which the EKS AMI caches: they start quickly.
    static let images = [
        ImageEntry(repository: cniImage, tags: ["*"], profile: profile(memoryMiB: 40)),
        ImageEntry(repository: kubeProxyImage, tags: ["*"], profile: profile(memoryMiB: 20)),
    ]

    /// Host-network pods that tolerate every taint (as both add-ons do), so they run on every
    /// node, cordoned or tainted.
    private static func daemonSet(_ name: String, image: String, cpu: Int64) -> DaemonSet {
        let labels = ["k8s-app": name]
        var container = Container(name: name, image: image)
        container.resources = ResourceRequirements(
            requests: ["cpu": Quantity(milliValue: cpu)])
        var pod = PodSpec(containers: [container])
        pod.hostNetwork = true
        pod.priorityClassName = "system-node-critical"
        pod.tolerations = [Toleration(operator: .exists)]
        var spec = DaemonSetSpec(
            selector: LabelSelector(matchLabels: labels),
            template: PodTemplateSpec(metadata: ObjectMeta(labels: labels), spec: pod))
        spec.updateStrategy = DaemonSetUpdateStrategy(
            type: .rollingUpdate,
            rollingUpdate: RollingUpdateDaemonSet(maxUnavailable: .string("10%")))
        return DaemonSet(
            metadata: ObjectMeta(name: name, namespace: namespace, labels: labels), spec: spec)
    }

    private static func profile(memoryMiB: Double) -> ImageProfile {
        ImageProfile(
            pullSeconds: 2, startSeconds: 1, listenAfterSeconds: 1, idleCpuMillicores: 2,
            memoryMiB: memoryMiB)
    }
}

extension Cluster {
    /// Installs the default add-ons (VPC CNI, kube-proxy, CoreDNS) when the first node group
    /// is created (the cluster is an EKS one).
    func installEKSAddons() {
        guard get(DaemonSet.self, "aws-node", namespace: EKSAddons.namespace) == nil else {
            return
        }
        if let kubelet {
            let images = EKSAddons.images + [EKSCoreDNS.imageEntry]
            kubelet.catalog.images += images.filter { !kubelet.catalog.images.contains($0) }
        }
        for daemonSet in EKSAddons.daemonSets(version: controlPlaneVersion) {
            _ = try? create(daemonSet)
        }
        _ = try? create(EKSCoreDNS.deployment)
        _ = try? create(EKSCoreDNS.budget)
        _ = try? create(EKSCoreDNS.service)
    }
}
