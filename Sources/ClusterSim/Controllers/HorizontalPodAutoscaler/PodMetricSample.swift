import KubeModel

/// One pod's value of the metric an autoscaler asks about (upstream's `PodMetric`): milli-units
/// of a resource (of all containers, or of one) or of a custom metric.
struct PodMetricSample: Sendable, Hashable {
    var value: Int64
    var timestamp: VirtualTime
    var window: VirtualTime
}
