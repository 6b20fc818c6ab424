/// Prefer nodes where cpu and memory would be used in equal proportion
/// (pkg/scheduler/framework/plugins/noderesources/balanced_allocation.go).
final class BalancedAllocation: ScorePlugin {
    let weight: Int64 = 1

    func score(_ cycle: SchedulingCycle, _ node: NodeInfo) -> Int64 {
        let requested = node.requested + cycle.requests.requests
        var fractions: [Double] = []
        for (used, capacity) in [
            (requested.milliCPU, node.allocatable.milliCPU),
            (requested.memory, node.allocatable.memory),
        ] where capacity > 0 {
            fractions.append(min(1, Double(used) / Double(capacity)))
        }
        let deviation = fractions.count == 2 ? abs(fractions[0] - fractions[1]) / 2 : 0
        return Int64((1 - deviation) * Double(maxNodeScore))
    }
}
