import KubeModel

/// The kubelet of a failed node (`Cluster.failNode`): it stops running anything and stops
/// writing status; pods deleted meanwhile stay Terminating until it comes back.
///
/// A hook on the kubelet in a file of its own: a frozen pod's runtime counts as terminating,
/// so `Kubelet.keys(for:)` ignores its changes, and a new epoch cancels its pending work.
extension Kubelet {
    /// Freezes every pod the kubelet runs on `node`.
    func stopNode(_ node: String, in cluster: Cluster) {
        for key in pods.keys.sorted() where pods[key]?.node == node {
            freeze(key, in: cluster)
        }
    }

    /// Freezes one pod: no more probes, starts or kills; the application stops serving.
    func freeze(_ key: ObjectKey, in cluster: Cluster) {
        guard let runtime = pods[key] else { return }
        runtime.terminating = true
        runtime.epoch += 1
        runtime.acceptsUntil = cluster.now
        runtime.broken = true
    }

    /// Whether the kubelet runs `pod` (it has a runtime for it).
    func runs(_ key: ObjectKey) -> Bool {
        pods[key] != nil
    }

    /// The kubelet of `node` is back, as after a reboot: pods deleted meanwhile are removed,
    /// the others start again from their image.
    func restartNode(_ node: String, in cluster: Cluster) {
        for key in pods.keys.sorted() where pods[key]?.node == node {
            forget(key)
            guard let pod = cluster.get(Pod.self, key) else { continue }
            if pod.metadata.deletionTimestamp != nil {
                cluster.remove(Pod.self, key)
            } else if pod.status?.phase != .failed && pod.status?.phase != .succeeded {
                sync(key, in: cluster)
            }
        }
    }

    /// Stops a pod for the eviction manager: the container is killed and stays so.
    func evictRuntime(_ key: ObjectKey, in cluster: Cluster) {
        guard let runtime = pods[key] else { return }
        runtime.epoch += 1
        runtime.stage = .completed(exitCode: 137)
        runtime.acceptsUntil = cluster.now
    }
}
