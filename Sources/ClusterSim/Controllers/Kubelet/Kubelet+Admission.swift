import KubeModel

/// A pod bound to a node: allocate its sandbox (IPs) and start pulling its image
/// (pkg/kubelet/kubelet.go `SyncPod`).
extension Kubelet {
    func admit(_ pod: Pod, node: String, in cluster: Cluster) {
        guard !pod.spec.containers.isEmpty else { return }
        let key = pod.storeKey
        let hostIP = addresses.hostIP(node: node)
        // A pod in the host's network namespace has the node's address (kube-proxy, CNIs).
        let runtime = PodRuntime(
            uid: pod.metadata.uid ?? "", node: node, containers: pod.spec.containers,
            sidecars: pod.spec.sidecars,
            podIP: pod.spec.hostNetwork == true ? hostIP : addresses.allocate(node: node),
            hostIP: hostIP, startTime: cluster.nowTimestamp)
        pods[key] = runtime
        publish(key, in: cluster)
        pull(key, in: cluster)
    }
}
