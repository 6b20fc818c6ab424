public import KubeModel

/// What the EKS AMI's kubelet holds back from pods, so `status.allocatable` is less than the
/// instance's capacity (Node Allocatable: capacity − kube-reserved − system-reserved − the
/// hard eviction threshold).
///
/// The AMI (amazon-eks-ami bootstrap.sh, and nodeadm on AL2023) reserves cpu by cores (6 % of
/// the first, 1 % of the second, 0.5 % of the third and fourth, 0.25 % of each one above),
/// memory by pod density (11 MiB per pod plus 255 MiB), and its kubelet config evicts at
/// `memory.available < 100Mi`. An m5.large (2 vCPUs, 8 GiB, 29 pods) offers 1930m and 7518Mi.
public enum EKSNodeReservation {
    /// `status.allocatable` of a node with this capacity.
    public static func allocatable(cpu: Quantity, memory: Quantity, maxPods: Int)
        -> [String: Quantity]
    {
        let milliCPU = cpu.milliValue
        let mebibyte: Int64 = 1 << 20
        let reservedMemory = (reservedMemoryMiB(maxPods: maxPods) + evictionHardMiB) * mebibyte
        return [
            "cpu": Quantity(milliValue: max(0, milliCPU - reservedMilliCPU(capacity: milliCPU))),
            "memory": Quantity(
                units: max(0, memory.value - reservedMemory), format: .binarySI),
            "pods": Quantity(units: Int64(maxPods)),
        ]
    }

    /// kube-reserved cpu: each range of cores gives its share (per ten thousand), rounded down
    /// per range as the AMI's shell arithmetic does.
    static func reservedMilliCPU(capacity milliCPU: Int64) -> Int64 {
        let ranges: [(start: Int64, end: Int64, perTenThousand: Int64)] = [
            (0, 1000, 600), (1000, 2000, 100), (2000, 4000, 50), (4000, .max, 25),
        ]
        return ranges.reduce(0) { reserved, range in
            guard milliCPU > range.start else { return reserved }
            return reserved + (min(milliCPU, range.end) - range.start) * range.perTenThousand
                / 10_000
        }
    }

    /// kube-reserved memory: 11 MiB for each pod the node may run, plus 255 MiB.
    static func reservedMemoryMiB(maxPods: Int) -> Int64 {
        11 * Int64(maxPods) + 255
    }

    /// The AMI kubelet's `evictionHard` `memory.available`.
    static let evictionHardMiB: Int64 = 100
}
