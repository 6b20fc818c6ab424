import KubeModel

/// The resources the scheduler accounts for: cpu in millicores, memory in bytes.
public struct ResourceAmounts: Sendable, Hashable {
    public var milliCPU: Int64
    public var memory: Int64

    public init(milliCPU: Int64 = 0, memory: Int64 = 0) {
        self.milliCPU = milliCPU
        self.memory = memory
    }

    public static let zero = ResourceAmounts()

    /// Reads `cpu` and `memory` from a resource list (absent means 0).
    init(_ list: [String: Quantity]?) {
        milliCPU = list?["cpu"]?.milliValue ?? 0
        memory = list?["memory"]?.value ?? 0
    }

    static func + (lhs: ResourceAmounts, rhs: ResourceAmounts) -> ResourceAmounts {
        ResourceAmounts(milliCPU: lhs.milliCPU + rhs.milliCPU, memory: lhs.memory + rhs.memory)
    }

    static func - (lhs: ResourceAmounts, rhs: ResourceAmounts) -> ResourceAmounts {
        ResourceAmounts(milliCPU: lhs.milliCPU - rhs.milliCPU, memory: lhs.memory - rhs.memory)
    }

    /// The larger amount of each resource.
    func maximum(_ other: ResourceAmounts) -> ResourceAmounts {
        ResourceAmounts(
            milliCPU: max(milliCPU, other.milliCPU), memory: max(memory, other.memory))
    }
}
