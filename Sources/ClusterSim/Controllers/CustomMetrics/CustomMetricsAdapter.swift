public import KubeModel

/// A custom and external metrics API (what prometheus-adapter or KEDA serve as
/// `custom.metrics.k8s.io` and `external.metrics.k8s.io`): the values a scenario published,
/// answered to the autoscaler as the adapter's API would answer them.
///
/// It exists once something publishes a metric; until then the autoscaler finds no such API.
public final class CustomMetricsAdapter: Controller {
    public let name = "custom-metrics-adapter"

    /// A value for every pod a selector matches, now and later (a per-pod series).
    struct PodSeries: Sendable, Hashable {
        var metric: String
        var namespace: String
        var selector: LabelSelector
        var milliValue: Int64
        var since: VirtualTime
    }

    /// A value describing one object (`ingress/main requests_per_second`).
    struct ObjectSeries: Sendable, Hashable {
        var metric: String
        var namespace: String
        var kind: String
        var objectName: String
        var milliValue: Int64
        var since: VirtualTime
    }

    /// A value outside the cluster, told apart by its labels (`queue_messages{queue=jobs}`).
    struct ExternalSeries: Sendable, Hashable {
        var metric: String
        var namespace: String
        var labels: [String: String]
        var milliValue: Int64
        var since: VirtualTime
    }

    var pods: [PodSeries] = []
    var objects: [ObjectSeries] = []
    var external: [ExternalSeries] = []

    public init() {}

    public func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] { [] }

    public func sync(_ key: ObjectKey, in cluster: Cluster) {}

    struct Failure: Error {
        var message: String
    }

    /// The Pods metric `metric` of each running pod in `pods` that has a series (GetRawMetric);
    /// the last series published for a pod wins.
    func podValues(_ metric: String, pods: [Pod], namespace: String, now: VirtualTime)
        throws(Failure) -> [String: PodMetricSample]
    {
        let series = self.pods.filter { $0.metric == metric && $0.namespace == namespace }
        guard !series.isEmpty else {
            throw Failure(
                message: "unable to fetch metrics from custom metrics API: the server could not"
                    + " find the metric \(metric) for pods")
        }
        var values: [String: PodMetricSample] = [:]
        for pod in pods where pod.status?.phase == .running {
            let labels = pod.metadata.labels ?? [:]
            guard let match = series.last(where: { $0.selector.matches(labels) }) else { continue }
            values[pod.metadata.name ?? ""] = PodMetricSample(
                value: match.milliValue, timestamp: now, window: .seconds(60))
        }
        guard !values.isEmpty else {
            throw Failure(message: "no metrics returned from custom metrics API")
        }
        return values
    }

    /// The Object metric `metric` of one object (GetObjectMetric).
    func objectValue(_ metric: String, kind: String, name: String, namespace: String)
        throws(Failure) -> Int64
    {
        guard
            let series = objects.last(where: {
                $0.metric == metric && $0.namespace == namespace && $0.kind == kind
                    && $0.objectName == name
            })
        else {
            throw Failure(
                message: "unable to fetch metrics from custom metrics API: the server could not"
                    + " find the metric \(metric) for \(Self.resource(of: kind)) \(name)")
        }
        return series.milliValue
    }

    /// The External metric `metric`: the values of every series `selector` matches
    /// (GetExternalMetric), each series once.
    func externalValues(_ metric: String, selector: LabelSelector?, namespace: String)
        throws(Failure) -> [Int64]
    {
        var latest: [[String: String]: Int64] = [:]
        var order: [[String: String]] = []
        for series in external where series.metric == metric && series.namespace == namespace {
            guard selector?.matches(series.labels) ?? true else { continue }
            if latest[series.labels] == nil { order.append(series.labels) }
            latest[series.labels] = series.milliValue
        }
        guard !order.isEmpty else {
            throw Failure(message: "no metrics returned from external metrics API")
        }
        return order.compactMap { latest[$0] }
    }

    /// The resource name the custom metrics API files objects of `kind` under (`ingresses`).
    private static func resource(of kind: String) -> String {
        let lower = kind.lowercased()
        return lower.hasSuffix("s") ? lower + "es" : lower + "s"
    }
}
