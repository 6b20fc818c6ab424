import KubeModel

/// `monitorNodeHealth` and `MarkPodsNotReady` (pkg/controller/nodelifecycle/
/// node_lifecycle_controller.go, pkg/controller/util/node/controller_utils.go): a node whose
/// kubelet has posted nothing for the grace period gets every condition `Unknown`, and its
/// pods lose their Ready condition.
extension NodeLifecycleController {
    static let unknownReason = "NodeStatusUnknown"
    static let unknownMessage = "Kubelet stopped posting node status."

    func monitorNodeHealth(in cluster: Cluster) {
        var waiting = false
        for name in stoppedHeartbeats.keys.sorted() {
            guard let since = stoppedHeartbeats[name] else { continue }
            let key = cluster.key(Node.self, name)
            guard let node = cluster.get(Node.self, key) else {
                stoppedHeartbeats[name] = nil
                continue
            }
            let ready = node.status?.conditions?.first { $0.type == "Ready" }
            if ready?.status == "Unknown" { continue }
            // upstream: currentTime.After(probeTimestamp + gracePeriod).
            guard cluster.now > since + Self.gracePeriod else {
                waiting = true
                continue
            }
            markUnknown(key, in: cluster)
        }
        if waiting { startMonitor(in: cluster) }
    }

    private func markUnknown(_ key: ObjectKey, in cluster: Cluster) {
        let now = cluster.nowTimestamp
        _ = try? cluster.modify(Node.self, key) { node in
            var status = node.status ?? NodeStatus()
            var conditions = status.conditions ?? []
            if !conditions.contains(where: { $0.type == "Ready" }) {
                conditions.append(Condition(type: "Ready", status: "Unknown"))
            }
            status.conditions = conditions.map { condition in
                var condition = condition
                if condition.status != "Unknown" { condition.lastTransitionTime = now }
                condition.status = "Unknown"
                condition.reason = Self.unknownReason
                condition.message = Self.unknownMessage
                return condition
            }
            node.status = status
        }
        cluster.record(
            .normal, "NodeNotReady", "Node \(key.name) status is now: NodeNotReady",
            about: key, from: Self.eventSource)
        for pod in cluster.list(Pod.self) where pod.spec.nodeName == key.name {
            markNotReady(pod, in: cluster)
        }
    }

    private func markNotReady(_ pod: Pod, in cluster: Cluster) {
        guard let conditions = pod.status?.conditions,
            let index = conditions.firstIndex(where: { $0.type == "Ready" }),
            conditions[index].status != "False"
        else { return }
        let now = cluster.nowTimestamp
        _ = try? cluster.modify(Pod.self, pod.storeKey) { pod in
            pod.status?.conditions?[index].status = "False"
            pod.status?.conditions?[index].lastTransitionTime = now
        }
        cluster.record(
            .warning, "NodeNotReady", "Node is not ready", about: pod.storeKey,
            from: Self.eventSource)
    }
}
