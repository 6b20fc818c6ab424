import KubeModel

/// A pod bound to a node: allocate its sandbox (IPs) and start pulling its image
/// (pkg/kubelet/kubelet.go `SyncPod`).
extension Kubelet {
    func admit(_ pod: Pod, node: String, in cluster: Cluster) {
        guard !pod.spec.containers.isEmpty else { return }
        let key = pod.storeKey
        let runtime = PodRuntime(
            uid: pod.metadata.uid ?? "", node: node, containers: pod.spec.containers,
            podIP: addresses.allocate(node: node), hostIP: addresses.hostIP(node: node),
            startTime: cluster.nowTimestamp)
        pods[key] = runtime
        publish(key, in: cluster)
        pull(key, in: cluster)
    }
}
