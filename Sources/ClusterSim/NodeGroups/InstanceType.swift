public import KubeModel

/// The size of an EC2 instance type as a node reports it: vCPUs, memory, and the pods the
/// VPC CNI allows (amazon-eks-ami `eni-max-pods.txt`: ENIs × (IPs per ENI − 1) + 2).
public struct InstanceType: Sendable, Hashable {
    public var name: String
    public var vCPUs: Int
    public var memoryGiB: Int
    public var maxPods: Int

    /// EKS's default instance type for managed node groups.
    public static let defaultName = "m5.large"

    /// A few common types; unknown names get `m5.large`'s size.
    public static let known: [String: InstanceType] = [
        "t3.small": InstanceType(name: "t3.small", vCPUs: 2, memoryGiB: 2, maxPods: 11),
        "t3.medium": InstanceType(name: "t3.medium", vCPUs: 2, memoryGiB: 4, maxPods: 17),
        "t3.large": InstanceType(name: "t3.large", vCPUs: 2, memoryGiB: 8, maxPods: 35),
        "t3.xlarge": InstanceType(name: "t3.xlarge", vCPUs: 4, memoryGiB: 16, maxPods: 58),
        "m5.large": InstanceType(name: "m5.large", vCPUs: 2, memoryGiB: 8, maxPods: 29),
        "m5.xlarge": InstanceType(name: "m5.xlarge", vCPUs: 4, memoryGiB: 16, maxPods: 58),
        "m5.2xlarge": InstanceType(name: "m5.2xlarge", vCPUs: 8, memoryGiB: 32, maxPods: 58),
        "c5.large": InstanceType(name: "c5.large", vCPUs: 2, memoryGiB: 4, maxPods: 29),
        "c5.xlarge": InstanceType(name: "c5.xlarge", vCPUs: 4, memoryGiB: 8, maxPods: 58),
        "r5.large": InstanceType(name: "r5.large", vCPUs: 2, memoryGiB: 16, maxPods: 29),
    ]

    public static func named(_ name: String) -> InstanceType {
        var type =
            known[name] ?? known[defaultName]
            ?? InstanceType(name: name, vCPUs: 2, memoryGiB: 8, maxPods: 29)
        type.name = name
        return type
    }

    public var cpu: Quantity { Quantity(units: Int64(vCPUs)) }
    public var memory: Quantity {
        Quantity(units: Int64(memoryGiB) * 1024 * 1024 * 1024, format: .binarySI)
    }
}
