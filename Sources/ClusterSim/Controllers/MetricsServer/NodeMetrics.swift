public import KubeModel

/// One sample of a node's resource use (`metrics.k8s.io/v1beta1` `NodeMetrics`): the sum of the
/// samples of the pods running on it.
public struct NodeMetrics: Sendable, Hashable {
    public var node: String
    /// CPU in millicores.
    public var cpu: Quantity
    /// Working-set memory in bytes.
    public var memory: Quantity
    public var timestamp: VirtualTime
    public var window: VirtualTime

    public init(
        node: String, cpu: Quantity, memory: Quantity, timestamp: VirtualTime,
        window: VirtualTime
    ) {
        self.node = node
        self.cpu = cpu
        self.memory = memory
        self.timestamp = timestamp
        self.window = window
    }
}
