import KubeModel

/// One scheduling attempt (pkg/scheduler/schedule_one.go): PreFilter, Filter over a sample of
/// the nodes starting where the last attempt stopped, Score, and a random pick among the best.
extension Scheduler {
    /// Upstream `minFeasibleNodesToFind`.
    static let minFeasibleNodesToFind = 100
    /// Upstream `minFeasibleNodesPercentageToFind`.
    static let minFeasibleNodesPercentageToFind = 5

    /// Upstream `numFeasibleNodesToFind` with the adaptive default `percentageOfNodesToScore`:
    /// 50 % − nodes/125, at least 5 %, and never fewer than 100 nodes.
    static func numFeasibleNodesToFind(_ allNodes: Int) -> Int {
        guard allNodes >= minFeasibleNodesToFind else { return allNodes }
        let percentage = max(50 - allNodes / 125, minFeasibleNodesPercentageToFind)
        return max(allNodes * percentage / 100, minFeasibleNodesToFind)
    }

    func scheduleOne(_ queued: QueuedPod, cycle number: Int64, in cluster: Cluster) {
        guard let pod = cluster.get(Pod.self, queued.key), pod.spec.nodeName == nil,
            pod.metadata.deletionTimestamp == nil
        else {
            queue.remove(queued.key)
            return
        }
        let nodes = cache.nodeList
        guard !nodes.isEmpty else {
            // Upstream `ErrNoNodesAvailable`: an error, retried after back-off.
            fail(
                pod, message: "no nodes available to schedule pods", reason: "SchedulerError",
                rejectedBy: PluginSet(), cycle: number, in: cluster)
            return
        }
        let cycle = SchedulingCycle(pod: pod, cluster: cluster, cache: cache)
        var active: [any FilterPlugin] = []
        for plugin in filters {
            switch plugin.preFilter(cycle) {
            case .skip: continue
            case .proceed: active.append(plugin)
            case .reject(let failure):
                let error = FitError(
                    numAllNodes: nodes.count, preFilterFailure: failure, nodeFailures: [])
                fail(
                    pod, message: error.message, reason: "Unschedulable",
                    rejectedBy: error.rejectedBy, cycle: number, in: cluster)
                return
            }
        }
        let required = pod.spec.affinity?.nodeAffinity?
            .requiredDuringSchedulingIgnoredDuringExecution
        if let names = NodeAffinityFilter.nodeNames(required) {
            // Upstream filters only the PreFilterResult's nodes (those that exist), and its
            // next start index then wraps over that short list.
            let named = names.sorted().compactMap { cache.info($0) }
            schedule(pod, over: named, allNodes: nodes.count, active, cycle, number, cluster)
            return
        }
        schedule(pod, over: nodes, allNodes: nodes.count, active, cycle, number, cluster)
    }

    /// Filter over a sample of `nodes` from the next start index, then Score and pick.
    private func schedule(
        _ pod: Pod, over nodes: [NodeInfo], allNodes: Int, _ active: [any FilterPlugin],
        _ cycle: SchedulingCycle, _ number: Int64, _ cluster: Cluster
    ) {
        let wanted = Self.numFeasibleNodesToFind(nodes.count)
        var feasible: [NodeInfo] = []
        var processed = 0
        for offset in 0..<nodes.count {
            let node = nodes[(nextStartNodeIndex + offset) % nodes.count]
            processed += 1
            if Self.runFilters(active, cycle, node) == nil {
                feasible.append(node)
                if feasible.count >= wanted { break }
            }
        }
        guard !feasible.isEmpty else {
            // No node fits, so every node was filtered: ask each again why (filters are pure;
            // collecting the reasons of the nodes that fail on the way is a waste otherwise).
            let failures = (0..<nodes.count).compactMap { offset in
                Self.runFilters(active, cycle, nodes[(nextStartNodeIndex + offset) % nodes.count])
            }
            let error = FitError(
                numAllNodes: allNodes, preFilterFailure: nil, nodeFailures: failures)
            fail(
                pod, message: error.message, reason: "Unschedulable",
                rejectedBy: error.rejectedBy, cycle: number, in: cluster)
            return
        }
        nextStartNodeIndex = (nextStartNodeIndex + processed) % max(1, nodes.count)
        let chosen = feasible.count == 1 ? feasible[0] : selectHost(feasible, cycle, cluster)
        assume(pod, on: chosen.name, cycle: cycle, number: number, in: cluster)
    }

    private static func runFilters(
        _ plugins: [any FilterPlugin], _ cycle: SchedulingCycle, _ node: NodeInfo
    ) -> FilterFailure? {
        // By index: iterating would copy each plugin out of the array for every node.
        for index in plugins.indices {
            if let failure = plugins[index].filter(cycle, node) { return failure }
        }
        return nil
    }

    /// Upstream `prioritizeNodes` then `selectHost`: the highest total, ties broken at random
    /// (reservoir sampling over the cluster's seeded generator).
    private func selectHost(
        _ nodes: [NodeInfo], _ cycle: SchedulingCycle, _ cluster: Cluster
    ) -> NodeInfo {
        var totals = [Int64](repeating: 0, count: nodes.count)
        for plugin in scorers where plugin.preScore(cycle, nodes) {
            var scores = nodes.map { plugin.score(cycle, $0) }
            plugin.normalize(&scores)
            for index in totals.indices { totals[index] += scores[index] * plugin.weight }
        }
        var selected = 0
        var best = totals[0]
        var ties: UInt64 = 1
        for index in totals.indices.dropFirst() {
            if totals[index] > best {
                best = totals[index]
                selected = index
                ties = 1
            } else if totals[index] == best {
                ties += 1
                if cluster.random.next() % ties == 0 { selected = index }
            }
        }
        return nodes[selected]
    }
}
