/// NodeResourcesFit's default scoring strategy: prefer nodes with the most room left, cpu and
/// memory weighted equally (pkg/scheduler/framework/plugins/noderesources/least_allocated.go).
final class LeastAllocated: ScorePlugin {
    let weight: Int64 = 1

    func score(_ cycle: SchedulingCycle, _ node: NodeInfo) -> Int64 {
        let requested = node.nonZeroRequested + cycle.requests.nonZeroRequests
        let cpu = Self.score(requested.milliCPU, node.allocatable.milliCPU)
        let memory = Self.score(requested.memory, node.allocatable.memory)
        return (cpu + memory) / 2
    }

    private static func score(_ requested: Int64, _ capacity: Int64) -> Int64 {
        guard capacity > 0, requested <= capacity else { return 0 }
        return (capacity - requested) * maxNodeScore / capacity
    }
}
