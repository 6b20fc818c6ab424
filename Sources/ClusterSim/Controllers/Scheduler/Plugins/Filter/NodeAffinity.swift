import KubeModel

/// `nodeSelector` and required node affinity
/// (pkg/scheduler/framework/plugins/nodeaffinity/node_affinity.go).
struct NodeAffinityFilter: FilterPlugin {
    let plugin = SchedulerPlugin.nodeAffinity
    static let reason = "node(s) didn't match Pod's node affinity/selector"

    func preFilter(_ cycle: SchedulingCycle) -> PreFilterOutcome {
        let spec = cycle.pod.spec
        let required = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution
        return (spec.nodeSelector ?? [:]).isEmpty && required == nil ? .skip : .proceed
    }

    func filter(_ cycle: SchedulingCycle, _ node: NodeInfo) -> FilterFailure? {
        cycle.matchesNodeSelectorAndAffinity(node.labels, nodeName: node.name)
            ? nil : FilterFailure(plugin, Self.reason, unresolvable: true)
    }
}
