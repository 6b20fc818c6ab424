import KubeModel

/// `evictPod` and `evictionMessage` (pkg/kubelet/eviction/eviction_manager.go, helpers.go):
/// the container is killed at once (hard threshold: grace period 0), the pod stays in the API
/// as `Failed` with reason `Evicted`, and its controller replaces it.
extension EvictionManager {
    func evict(_ pod: Pod, available: Int64, in cluster: Cluster) {
        let key = pod.storeKey
        let message = Self.message(
            pod, usage: memoryUsage(of: key, in: cluster) ?? 0, available: available)
        cluster.kubelet?.evictRuntime(key, in: cluster)
        cluster.record(.warning, "Evicted", message, about: key, from: "kubelet")
        let now = cluster.nowTimestamp
        _ = try? cluster.modify(Pod.self, key) { pod in
            var status = pod.status ?? PodStatus()
            status.phase = .failed
            status.reason = "Evicted"
            status.message = message
            status.conditions = status.conditions?.map { condition in
                guard condition.type == "Ready" || condition.type == "ContainersReady" else {
                    return condition
                }
                var condition = condition
                if condition.status != "False" { condition.lastTransitionTime = now }
                condition.status = "False"
                condition.reason = "PodFailed"
                return condition
            }
            status.containerStatuses = status.containerStatuses?.map { container in
                var container = container
                var terminated = ContainerState.Terminated(exitCode: 137, reason: "Error")
                terminated.finishedAt = now
                container.state = ContainerState(terminated: terminated)
                container.ready = false
                container.started = false
                return container
            }
            pod.status = status
        }
    }

    static func message(_ pod: Pod, usage: Int64, available: Int64) -> String {
        var text =
            "The node was low on resource: memory. "
            + "Threshold quantity: \(bytes(thresholdBytes)), available: \(bytes(available)). "
        let request = memoryRequest(of: pod)
        if usage > request, let container = pod.spec.containers.first {
            text +=
                "Container \(container.name) was using \(bytes(usage)), request is "
                + "\(bytes(request)), has larger consumption of memory. "
        }
        return text
    }

    /// A byte count as a binary-SI quantity prints (`100Mi`, `51200Ki`, `0`).
    static func bytes(_ value: Int64) -> String {
        if value == 0 { return "0" }
        let suffixes = [("Ei", 60), ("Pi", 50), ("Ti", 40), ("Gi", 30), ("Mi", 20), ("Ki", 10)]
        for (suffix, shift) in suffixes where value % (Int64(1) << shift) == 0 {
            return "\(value >> shift)\(suffix)"
        }
        return String(value)
    }
}
