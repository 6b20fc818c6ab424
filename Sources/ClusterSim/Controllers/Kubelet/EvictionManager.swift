public import KubeModel

/// The kubelet's eviction manager for memory (pkg/kubelet/eviction/eviction_manager.go): every
/// 10 s it compares each node's available memory with the hard threshold `memory.available <
/// 100Mi`; below it the node reports `MemoryPressure` and the kubelet evicts one pod per pass,
/// ranked by `rankMemoryPressure` (usage above requests first, then lower priority, then the
/// amount above requests), so BestEffort goes first and Guaranteed last.
///
/// A pod's memory usage is its image's `memoryMiB` from the catalogue while its container runs,
/// or the value set with `Cluster.setMemoryUsage(of:mebibytes:)` or a scenario's `setUsage`.
public final class EvictionManager: Controller {
    public let name = "eviction-manager"
    /// `housekeeping-interval` / eviction monitoring period.
    public static let monitoringPeriod = VirtualTime.seconds(10)
    /// `evictionHard: memory.available: 100Mi`.
    public static let thresholdBytes: Int64 = 100 * 1024 * 1024
    /// `--eviction-pressure-transition-period`.
    public static let pressureTransitionPeriod = VirtualTime.seconds(300)

    /// Memory usage set by scenarios, in MiB, overriding the catalogue.
    var overrides: [ObjectKey: Double] = [:]
    /// When pressure was last observed per node.
    var lastPressure: [String: VirtualTime] = [:]
    var passScheduled = false

    public init() {}

    public func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        guard case .pod(let pod) = change.resource, pod.spec.nodeName != nil else { return [] }
        schedulePass(in: cluster)
        return []
    }

    public func sync(_ key: ObjectKey, in cluster: Cluster) {}

    /// Sets (or with nil clears) the memory a pod uses.
    public func setMemoryUsage(of pod: ObjectKey, mebibytes: Double?, in cluster: Cluster) {
        overrides[pod] = mebibytes
        schedulePass(in: cluster)
    }

    /// The pod's working set in bytes, nil when no container runs.
    public func memoryUsage(of key: ObjectKey, in cluster: Cluster) -> Int64? {
        let kubelet = cluster.kubelet
        let metrics = cluster.metricsServer
        return cluster.read(Pod.self, key) { pod in
            pod.isTerminal
                ? nil : workingSet(of: pod, key, kubelet: kubelet, metrics: metrics)
        } ?? nil
    }

    /// The working set of an unfinished pod while its container runs: this manager's override,
    /// else the working set metrics-server reports (each container's memory a scenario's
    /// `setUsage` fixed, else its image's `memoryMiB`), else the application image's.
    func workingSet(
        of pod: borrowing Pod, _ key: ObjectKey, kubelet: Kubelet?, metrics: MetricsServer?
    ) -> Int64? {
        guard let runtime = kubelet?.pods[key], runtime.stage == .running,
            runtime.processStart != nil
        else { return nil }
        if overrides[key] == nil, let metrics {
            return metrics.workingSet(of: pod, runtime: runtime, kubelet: kubelet)
        }
        let mebibytes = overrides[key] ?? runtime.profile?.memoryMiB ?? 0
        return Int64((mebibytes * 1024 * 1024).rounded())
    }

    /// The next pass on the 10 s grid.
    func schedulePass(in cluster: Cluster) {
        guard !passScheduled else { return }
        passScheduled = true
        let period = Self.monitoringPeriod.milliseconds
        let next = (cluster.now.milliseconds / period + 1) * period
        cluster.schedule(at: .milliseconds(next)) { [self] cluster in
            passScheduled = false
            synchronize(in: cluster)
        }
    }
}
