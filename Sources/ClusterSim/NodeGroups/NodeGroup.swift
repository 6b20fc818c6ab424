/// A managed node group as `aws eks describe-nodegroup` shows it: its spec, status, scaling
/// configuration, version, nodes, and its updates (`aws eks list-updates`).
public struct NodeGroup: Sendable, Hashable {
    /// `nodegroup.status` (EKS API `NodegroupStatus`).
    public enum Status: String, Sendable, Hashable {
        case creating = "CREATING"
        case active = "ACTIVE"
        case updating = "UPDATING"
        case deleting = "DELETING"
        case degraded = "DEGRADED"
    }

    public var name: String
    public var spec: NodeGroupSpec
    public var status: Status
    public var minSize: Int
    public var maxSize: Int
    public var desiredSize: Int
    /// The group's Kubernetes version (`1.29`); it moves when a version update succeeds.
    public var version: String
    /// Registered nodes, in the order they joined.
    public var nodes: [String]
    /// Instances launched whose nodes have not registered yet.
    public var launchingNodes: [String]
    /// Nodes being drained before their instance is terminated.
    public var terminatingNodes: [String]
    public var updates: [NodeGroupUpdate]
    /// One line per change, in the words of the EKS console's update history.
    public var activity: [String]
}
