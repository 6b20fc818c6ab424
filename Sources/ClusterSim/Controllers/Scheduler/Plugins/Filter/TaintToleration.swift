import KubeModel

/// NoSchedule and NoExecute taints keep away pods that do not tolerate them; the message names
/// the first such taint (pkg/scheduler/framework/plugins/tainttoleration/taint_toleration.go).
struct TaintToleration: FilterPlugin {
    let plugin = SchedulerPlugin.taintToleration

    func filter(_ cycle: SchedulingCycle, _ node: NodeInfo) -> FilterFailure? {
        for taint in node.taints where taint.effect != .preferNoSchedule {
            if cycle.tolerations.contains(where: { $0.tolerates(taint) }) { continue }
            let reason = "node(s) had untolerated taint {\(taint.key): \(taint.value ?? "")}"
            return FilterFailure(plugin, reason, unresolvable: true)
        }
        return nil
    }
}
