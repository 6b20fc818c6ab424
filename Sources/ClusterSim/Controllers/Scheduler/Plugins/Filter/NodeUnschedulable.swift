import KubeModel

/// A cordoned node takes no new pods unless they tolerate the unschedulable taint
/// (pkg/scheduler/framework/plugins/nodeunschedulable/node_unschedulable.go).
struct NodeUnschedulable: FilterPlugin {
    let plugin = SchedulerPlugin.nodeUnschedulable
    static let reason = "node(s) were unschedulable"
    private static let taint = Taint(key: WellKnownLabels.unschedulableTaint, effect: .noSchedule)

    func filter(_ cycle: SchedulingCycle, _ node: NodeInfo) -> FilterFailure? {
        guard node.unschedulable else { return nil }
        if cycle.tolerations.contains(where: { $0.tolerates(Self.taint) }) { return nil }
        return FilterFailure(plugin, Self.reason, unresolvable: true)
    }
}
