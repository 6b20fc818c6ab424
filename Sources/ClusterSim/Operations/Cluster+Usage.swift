public import KubeModel

/// What the applications in pods consume, as metrics-server samples it: the scenario's
/// `setUsage` override and the Metrics API (`kubectl get --raw /apis/metrics.k8s.io/...`).
extension Cluster {
    /// The registered metrics-server, if any (without one the Metrics API is not available).
    public var metricsServer: MetricsServer? {
        registered(MetricsServer.self)
    }

    /// Fixes the usage of the pods `selector` matches in `namespace`, current and future.
    ///
    /// Until cleared, `cpu` replaces idle CPU plus load and `memory` the catalogue's memory
    /// (nil: keep), for metrics-server and for the kubelet's eviction manager alike. The values
    /// are those of `container`, or of the application (the pod's first container) when nil.
    ///
    /// Does nothing without a metrics-server (there is nothing to measure it).
    public func setUsage(
        selector: LabelSelector, namespace: String = "default", container: String? = nil,
        cpu: Quantity?, memory: Quantity?
    ) {
        let rule = UsageRule(
            selector: selector, namespace: namespace, container: container,
            cpuMillicores: cpu?.milliValue, memoryBytes: memory?.value)
        metricsServer?.setRule(rule, in: self)
        // The kubelet sees the same working set: memory may now be under pressure.
        evictionManager?.schedulePass(in: self)
    }

    /// Removes `setUsage` overrides for `selector` in `namespace`; nil matches any.
    public func clearUsage(selector: LabelSelector? = nil, namespace: String? = nil) {
        metricsServer?.removeRules(selector: selector, namespace: namespace, in: self)
        evictionManager?.schedulePass(in: self)
    }

    /// The latest sample of a pod (`metrics.k8s.io` PodMetrics); nil when the pod is not
    /// running, not sampled yet, or there is no metrics-server.
    public func podMetrics(_ key: ObjectKey) -> PodMetrics? {
        guard let sample = metricsServer?.podSamples[key],
            let pod = get(Pod.self, key), pod.metadata.uid == sample.uid
        else { return nil }
        return sample.metrics
    }

    /// The latest sample of a node (`metrics.k8s.io` NodeMetrics).
    public func nodeMetrics(_ name: String) -> NodeMetrics? {
        guard get(Node.self, name) != nil else { return nil }
        return metricsServer?.nodeSamples[name]
    }

    /// The load generator's report of one request `pod` answered: the per-pod request ledger.
    func recordServedRequest(by pod: ObjectKey) {
        guard let server = metricsServer else { return }
        server.recordRequest(pod, cost: workload?.cpuCostPerRequest(pod, in: self) ?? 0)
    }
}
