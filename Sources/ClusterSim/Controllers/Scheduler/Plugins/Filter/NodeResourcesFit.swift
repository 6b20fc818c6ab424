import KubeModel

/// Requests against allocatable minus what the node's pods already request; every shortage is
/// a reason (pkg/scheduler/framework/plugins/noderesources/fit.go `fitsRequest`).
struct NodeResourcesFit: FilterPlugin {
    let plugin = SchedulerPlugin.nodeResourcesFit

    func filter(_ cycle: SchedulingCycle, _ node: NodeInfo) -> FilterFailure? {
        let request = cycle.requests.requests
        let tooManyPods = Int64(node.podCount) + 1 > node.allocatablePods
        let free = node.allocatable - node.requested
        let cpu = request.milliCPU > 0 && request.milliCPU > free.milliCPU
        let memory = request.memory > 0 && request.memory > free.memory
        guard tooManyPods || cpu || memory else { return nil }
        var reasons: [String] = []
        if tooManyPods { reasons.append("Too many pods") }
        if cpu { reasons.append("Insufficient cpu") }
        if memory { reasons.append("Insufficient memory") }
        return FilterFailure(plugin, reasons, unresolvable: false)
    }
}
