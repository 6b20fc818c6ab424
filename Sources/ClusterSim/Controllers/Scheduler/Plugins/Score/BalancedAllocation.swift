/// Prefer nodes where cpu and memory would be used in equal proportion
/// (pkg/scheduler/framework/plugins/noderesources/balanced_allocation.go).
final class BalancedAllocation: ScorePlugin {
    let weight: Int64 = 1

    func score(_ cycle: SchedulingCycle, _ node: NodeInfo) -> Int64 {
        let requested = node.requested + cycle.requests.requests
        let cpu = node.allocatable.milliCPU
        let memory = node.allocatable.memory
        // The standard deviation of the two fractions is half their difference; with one
        // resource left out (no capacity) it is 0.
        guard cpu > 0, memory > 0 else { return maxNodeScore }
        let cpuFraction = min(1, Double(requested.milliCPU) / Double(cpu))
        let memoryFraction = min(1, Double(requested.memory) / Double(memory))
        let deviation = abs(cpuFraction - memoryFraction) / 2
        return Int64((1 - deviation) * Double(maxNodeScore))
    }
}
