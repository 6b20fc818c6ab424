import KubeModel

/// Prefer nodes with fewer PreferNoSchedule taints the pod does not tolerate
/// (pkg/scheduler/framework/plugins/tainttoleration/taint_toleration.go `Score`).
final class TaintTolerationScore: ScorePlugin {
    let weight: Int64 = 3

    func score(_ cycle: SchedulingCycle, _ node: NodeInfo) -> Int64 {
        var count: Int64 = 0
        for taint in node.taints where taint.effect == .preferNoSchedule {
            let tolerated = cycle.tolerations.contains { toleration in
                (toleration.effect == nil || toleration.effect == .preferNoSchedule)
                    && toleration.tolerates(taint)
            }
            if !tolerated { count += 1 }
        }
        return count
    }

    func normalize(_ scores: inout [Int64]) {
        defaultNormalize(&scores, reverse: true)
    }
}
