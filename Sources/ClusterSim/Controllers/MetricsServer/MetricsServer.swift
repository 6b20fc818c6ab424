public import KubeModel

/// metrics-server: every `resolution` (15 s, upstream manifests' `--metric-resolution=15s`) it
/// scrapes each kubelet and keeps, per running pod, the average CPU over the window since its
/// previous scrape and the memory at the end of it; the Metrics API serves the latest sample.
///
/// A pod's first sample needs two scrapes (metrics-server computes CPU as a rate between two
/// cumulative readings), so a new pod has no metric for up to two periods. Usage comes from
/// the workload model: the image's idle CPU plus each served request's `cpuCostPerRequest`,
/// unless a scenario fixed it with `Cluster.setUsage`.
public final class MetricsServer: Controller {
    public let name = "metrics-server"
    /// Time between scrapes, which is also each sample's window.
    public let resolution: VirtualTime

    var ledgers: [ObjectKey: PodUsageLedger] = [:]
    var podSamples: [ObjectKey: (uid: String, metrics: PodMetrics)] = [:]
    var nodeSamples: [String: NodeMetrics] = [:]
    var rules: [UsageRule] = []
    /// Scrapes done so far; zero means the Metrics API has nothing yet.
    public internal(set) var scrapes = 0

    public init(resolution: VirtualTime = .seconds(15)) {
        self.resolution = resolution
    }

    /// Scrapes at once and then every `resolution`.
    public func start(in cluster: Cluster) {
        cluster.schedule(after: .zero) { [self] cluster in tick(in: cluster) }
    }

    public func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] { [] }

    public func sync(_ key: ObjectKey, in cluster: Cluster) {}

    private func tick(in cluster: Cluster) {
        scrape(in: cluster)
        cluster.schedule(after: resolution) { [self] cluster in tick(in: cluster) }
    }

    /// The sizes of what it keeps (pods with a ledger, pod samples, node samples, usage rules):
    /// bounded by the pods that exist, whatever the load or the run's length.
    public var retainedCounts: (ledgers: Int, podSamples: Int, nodeSamples: Int, rules: Int) {
        (ledgers.count, podSamples.count, nodeSamples.count, rules.count)
    }
}
