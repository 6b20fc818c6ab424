import ClusterSim
public import KubeModel

/// A node group as a scenario declares it (`cluster.nodeGroups`, `nodeGroup: {create: ...}`):
/// an EKS managed node group, its instance shape and its size bounds.
public struct NodeGroupDefinition: Sendable, Hashable {
    public var name: String
    public var instanceType: String?
    public var cpu: Quantity?
    public var memory: Quantity?
    public var pods: Int?
    public var min: Int
    public var max: Int
    public var desired: Int
    /// The kubelet version, `1.29`; the control plane's when nil.
    public var version: String?
    public var zones: [String]
    public var labels: [String: String]
    public var taints: [Taint]

    public init(
        name: String, instanceType: String? = nil, cpu: Quantity? = nil, memory: Quantity? = nil,
        pods: Int? = nil, min: Int, max: Int, desired: Int, version: String? = nil,
        zones: [String] = [], labels: [String: String] = [:], taints: [Taint] = []
    ) {
        self.name = name
        self.instanceType = instanceType
        self.cpu = cpu
        self.memory = memory
        self.pods = pods
        self.min = min
        self.max = max
        self.desired = desired
        self.version = version
        self.zones = zones
        self.labels = labels
        self.taints = taints
    }
}

/// What a `nodeGroup:` step does to a node group.
public enum NodeGroupAction: Sendable, Hashable {
    case create(NodeGroupDefinition)
    /// New bounds; a nil field keeps the current value.
    case scale(name: String, desired: Int?, min: Int?, max: Int?)
    case delete(String)
    case upgrade(name: String, version: String, force: Bool)
}
