import KubeModel

/// Placing pods on the existing nodes in a scratch copy of their free capacity, as upstream's
/// cluster snapshot does for `filterOutSchedulable` and the scale-down removal simulation.
extension ClusterAutoscaler {
    /// For each pod, whether it fits (first fit, earlier pods' requests counted) on a Ready,
    /// schedulable node not in `excluded`.
    func placeOnExistingNodes(
        _ pods: [Pod], excluding excluded: Set<String>, cache: SchedulerCache,
        in cluster: Cluster
    ) -> [Bool] {
        guard !pods.isEmpty else { return [] }
        var extra: [String: (ResourceAmounts, Int)] = [:]
        let nodes = cache.nodeList
        return pods.map { pod in
            let cycle = SchedulingCycle(pod: pod, cluster: cluster, cache: cache)
            let request = cycle.requests.requests
            for node in nodes where !excluded.contains(node.name) {
                let (added, count) = extra[node.name] ?? (.zero, 0)
                let free = node.allocatable - node.requested - added
                guard Int64(node.pods.count + count + 1) <= node.allocatablePods,
                    request.milliCPU <= free.milliCPU, request.memory <= free.memory,
                    node.node?.isReady == true,
                    NodeUnschedulable().filter(cycle, node) == nil,
                    TaintToleration().filter(cycle, node) == nil,
                    NodeAffinityFilter().filter(cycle, node) == nil
                else { continue }
                extra[node.name] = (added + request, count + 1)
                return true
            }
            return false
        }
    }
}
