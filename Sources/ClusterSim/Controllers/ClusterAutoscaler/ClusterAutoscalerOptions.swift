/// The cluster autoscaler's flags that change what a lab sees, with upstream's defaults
/// (kubernetes/autoscaler cluster-autoscaler/FAQ.md, "What are the parameters to CA?").
public struct ClusterAutoscalerOptions: Sendable, Hashable {
    /// `--expander`: how to choose among node groups that can help.
    public enum Expander: String, Sendable, Hashable {
        /// Upstream's default: a random group among those that help (`cluster.random`).
        case random
        /// The group leaving the least idle cpu and memory after the scale-up.
        case leastWaste = "least-waste"
    }

    /// `--scan-interval`: 10 s.
    public var scanInterval = VirtualTime.seconds(10)
    /// `--scale-down-enabled`.
    public var scaleDownEnabled = true
    /// `--scale-down-unneeded-time`: 10 min.
    public var scaleDownUnneededTime = VirtualTime.seconds(600)
    /// `--scale-down-delay-after-add`: 10 min.
    public var scaleDownDelayAfterAdd = VirtualTime.seconds(600)
    /// `--scale-down-delay-after-delete`: the scan interval by default.
    public var scaleDownDelayAfterDelete = VirtualTime.seconds(10)
    /// `--scale-down-delay-after-failure`: 3 min.
    public var scaleDownDelayAfterFailure = VirtualTime.seconds(180)
    /// `--scale-down-utilization-threshold`: 0.5 (requests over allocatable, cpu or memory).
    public var scaleDownUtilizationThreshold = 0.5
    /// `--max-empty-bulk-delete`: 10.
    public var maxEmptyBulkDelete = 10
    /// Upstream `MaxPodEvictionTime`: how long evictions are retried before giving up: 2 min.
    public var maxPodEvictionTime = VirtualTime.seconds(120)
    public var expander = Expander.random

    public init() {}
}
