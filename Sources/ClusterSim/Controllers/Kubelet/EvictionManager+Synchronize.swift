import KubeModel

/// One pass of `managerImpl.synchronize` per node: observe, set the condition, evict one pod.
extension EvictionManager {
    func synchronize(in cluster: Cluster) {
        var again = false
        let kubelet = cluster.kubelet
        let metrics = cluster.metricsServer
        for node in cluster.list(Node.self) {
            guard let name = node.metadata.name, let capacity = Self.capacity(of: node) else {
                continue
            }
            // The scheduler's per-node index, not a scan of every pod per node; pods read in
            // place (a pass looks at every pod of the cluster and copies only a victim's node's).
            var keys: [ObjectKey] = []
            var used: Int64 = 0
            for key in cluster.podsOnNode(name) {
                // A pod on the node counts until it finishes; it uses memory while it runs.
                let usage =
                    cluster.read(Pod.self, key) { pod in
                        pod.spec.nodeName == name && !pod.isTerminal
                            ? workingSet(of: pod, key, kubelet: kubelet, metrics: metrics) ?? 0
                            : nil
                    } ?? nil
                guard let usage else { continue }
                keys.append(key)
                used += usage
            }
            let available = capacity - used
            let pressure = available < Self.thresholdBytes
            if pressure { lastPressure[name] = cluster.now }
            let reported =
                lastPressure[name].map {
                    cluster.now < $0 + Self.pressureTransitionPeriod
                } ?? false
            setCondition(node, pressure: reported, in: cluster)
            if reported { again = true }
            if !reported { lastPressure[name] = nil }
            guard pressure else { continue }
            let candidates = keys.compactMap { cluster.get(Pod.self, $0) }.filter {
                $0.metadata.deletionTimestamp == nil
            }
            if let victim = rank(candidates, in: cluster).first {
                evict(victim, available: available, in: cluster)
            }
        }
        if again { schedulePass(in: cluster) }
    }

    static func capacity(of node: Node) -> Int64? {
        guard let memory = node.status?.capacity?["memory"] ?? node.status?.allocatable?["memory"]
        else { return nil }
        return memory.value
    }

    static func memoryRequest(of pod: Pod) -> Int64 {
        pod.spec.containers.reduce(0) { $0 + ($1.resources?.requests?["memory"]?.value ?? 0) }
    }

    /// `rankMemoryPressure`: `exceedMemoryRequests`, then `priority`, then `memory`.
    func rank(_ pods: [Pod], in cluster: Cluster) -> [Pod] {
        let ranked = pods.compactMap { pod -> (Pod, Bool, Int, Int64)? in
            guard let usage = memoryUsage(of: pod.storeKey, in: cluster) else { return nil }
            let above = usage - Self.memoryRequest(of: pod)
            return (pod, above > 0, pod.spec.priority ?? 0, above)
        }
        // A stable sort keeps the pods' creation order among equals.
        let sorted = ranked.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            if a.1 != b.1 { return a.1 }
            if a.2 != b.2 { return a.2 < b.2 }
            if a.3 != b.3 { return a.3 > b.3 }
            return left.offset < right.offset
        }
        return sorted.map(\.element.0)
    }

    private func setCondition(_ node: Node, pressure: Bool, in cluster: Cluster) {
        let conditions = node.status?.conditions ?? []
        let current = conditions.first { $0.type == "MemoryPressure" }
        let status = pressure ? "True" : "False"
        if current == nil && !pressure { return }
        if current?.status == status { return }
        let condition = Condition(
            type: "MemoryPressure", status: status,
            reason: pressure ? "KubeletHasInsufficientMemory" : "KubeletHasSufficientMemory",
            message: pressure
                ? "kubelet has insufficient memory available"
                : "kubelet has sufficient memory available",
            lastTransitionTime: cluster.nowTimestamp)
        _ = try? cluster.modify(Node.self, node.storeKey) { node in
            var status = node.status ?? NodeStatus()
            var list = (status.conditions ?? []).filter { $0.type != "MemoryPressure" }
            list.append(condition)
            status.conditions = list
            node.status = status
        }
        let reason = pressure ? "NodeHasInsufficientMemory" : "NodeHasSufficientMemory"
        cluster.record(
            .normal, reason, "Node \(node.metadata.name ?? "") status is now: \(reason)",
            about: node.storeKey, from: "kubelet")
    }
}
