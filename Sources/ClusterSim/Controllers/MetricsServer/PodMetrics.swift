public import KubeModel

/// One sample of a pod's resource use, as the Metrics API (`metrics.k8s.io/v1beta1`
/// `PodMetrics`) serves it: the average over `window` ending at `timestamp`.
public struct PodMetrics: Sendable, Hashable {
    public var pod: ObjectKey
    /// The node the pod runs on.
    public var node: String
    /// CPU in millicores (`3m`), averaged over the window.
    public var cpu: Quantity
    /// Working-set memory in bytes (`288Mi`), at the end of the window.
    public var memory: Quantity
    /// When the window ended.
    public var timestamp: VirtualTime
    /// How long the sample averages over (metrics-server's `--metric-resolution`, 15 s).
    public var window: VirtualTime

    public init(
        pod: ObjectKey, node: String, cpu: Quantity, memory: Quantity, timestamp: VirtualTime,
        window: VirtualTime
    ) {
        self.pod = pod
        self.node = node
        self.cpu = cpu
        self.memory = memory
        self.timestamp = timestamp
        self.window = window
    }
}
