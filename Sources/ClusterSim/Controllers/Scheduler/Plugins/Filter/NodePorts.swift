import KubeModel

/// Host ports already taken on the node (pkg/scheduler/framework/plugins/nodeports/).
struct NodePorts: FilterPlugin {
    let plugin = SchedulerPlugin.nodePorts
    static let reason = "node(s) didn't have free ports for the requested pod ports"

    func preFilter(_ cycle: SchedulingCycle) -> PreFilterOutcome {
        cycle.hostPorts.isEmpty ? .skip : .proceed
    }

    func filter(_ cycle: SchedulingCycle, _ node: NodeInfo) -> FilterFailure? {
        for wanted in cycle.hostPorts where node.usedPorts.contains(where: wanted.conflicts) {
            return FilterFailure(plugin, Self.reason, unresolvable: false)
        }
        return nil
    }
}
