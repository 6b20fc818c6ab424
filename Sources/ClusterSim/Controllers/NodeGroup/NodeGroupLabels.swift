/// Labels EKS puts on managed nodes (docs.aws.amazon.com/eks/latest/userguide/
/// managed-node-groups.html).
public enum NodeGroupLabels {
    /// `eks.amazonaws.com/nodegroup`: the group's name.
    public static let nodegroup = "eks.amazonaws.com/nodegroup"
    /// `eks.amazonaws.com/capacityType`: `ON_DEMAND` here.
    public static let capacityType = "eks.amazonaws.com/capacityType"
}
