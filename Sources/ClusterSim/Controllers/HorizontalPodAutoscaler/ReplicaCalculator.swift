import KubeModel

/// pkg/controller/podautoscaler/replica_calculator.go: the replica count a metric asks for,
/// over the pods a selector matches and their latest metrics.
struct ReplicaCalculator {
    /// `--horizontal-pod-autoscaler-tolerance`, each way unless the HPA sets its own.
    static let tolerance = 0.1

    /// replica_calculator.go `Tolerances`: how far below and above 1 a usage ratio may be
    /// before the count changes.
    struct Tolerances {
        var scaleDown = ReplicaCalculator.tolerance
        var scaleUp = ReplicaCalculator.tolerance

        func isWithin(_ ratio: Double) -> Bool {
            (1 - scaleDown) <= ratio && ratio <= (1 + scaleUp)
        }
    }
    /// `--horizontal-pod-autoscaler-cpu-initialization-period`.
    static let cpuInitializationPeriod = VirtualTime.seconds(300)
    /// `--horizontal-pod-autoscaler-initial-readiness-delay`.
    static let delayOfInitialReadinessStatus = VirtualTime.seconds(30)

    struct Failure: Error {
        var message: String
    }

    /// The answer for one metric: replicas, utilization (percent) and raw average (milli).
    struct Proposal {
        var replicas: Int
        var utilization: Int?
        var rawAverage: Int64
        var timestamp: VirtualTime
    }

    let pods: [Pod]
    /// Metrics by pod name, for the pods that have one (upstream's `PodMetricsInfo`).
    let metrics: [String: PodMetricSample]
    let now: VirtualTime
    /// `cpu` or `memory`; empty for a custom (Pods) metric.
    let resource: String
    /// The one container a ContainerResource metric measures; nil for the whole pod.
    var container: String? = nil
    var tolerances = Tolerances()

    /// replica_calculator.go GetResourceReplicas (target: utilization percent).
    func resourceReplicas(current: Int, targetUtilization: Int) throws(Failure) -> Proposal {
        var (values, groups, timestamp) = try grouped()
        let requests = try podRequests()
        let (ratio, utilization, raw) = try Self.utilizationRatio(
            values, requests, target: targetUtilization)
        let scaleUpWithUnready = !groups.unready.isEmpty && ratio > 1
        if !scaleUpWithUnready && groups.missing.isEmpty {
            if tolerances.isWithin(ratio) {
                return Proposal(
                    replicas: current, utilization: utilization, rawAverage: raw,
                    timestamp: timestamp)
            }
            return Proposal(
                replicas: Int((ratio * Double(groups.ready)).rounded(.up)),
                utilization: utilization, rawAverage: raw, timestamp: timestamp)
        }
        if ratio < 1 {
            let fallback = Int64(max(100, targetUtilization))
            for name in groups.missing { values[name] = (requests[name] ?? 0) * fallback / 100 }
        } else if ratio > 1 {
            for name in groups.missing { values[name] = 0 }
        }
        if scaleUpWithUnready {
            for name in groups.unready { values[name] = 0 }
        }
        let (newRatio, _, _) = try Self.utilizationRatio(
            values, requests, target: targetUtilization)
        let replicas = rebalanced(
            current: current, ratio: ratio, newRatio: newRatio, count: values.count)
        return Proposal(
            replicas: replicas, utilization: utilization, rawAverage: raw, timestamp: timestamp)
    }

    /// replica_calculator.go calcPlainMetricReplicas: an AverageValue target, for a resource
    /// (GetRawResourceReplicas) or a Pods metric (GetMetricReplicas).
    func plainReplicas(current: Int, targetMilli: Int64) throws(Failure) -> Proposal {
        var (values, groups, timestamp) = try grouped()
        let (ratio, average) = Self.usageRatio(values, target: targetMilli)
        let scaleUpWithUnready = !groups.unready.isEmpty && ratio > 1
        if !scaleUpWithUnready && groups.missing.isEmpty {
            let replicas =
                tolerances.isWithin(ratio)
                ? current : Int((ratio * Double(groups.ready)).rounded(.up))
            return Proposal(
                replicas: replicas, utilization: nil, rawAverage: average, timestamp: timestamp)
        }
        if ratio < 1 {
            for name in groups.missing { values[name] = targetMilli }
        } else if ratio > 1 {
            for name in groups.missing { values[name] = 0 }
        }
        if scaleUpWithUnready {
            for name in groups.unready { values[name] = 0 }
        }
        let (newRatio, _) = Self.usageRatio(values, target: targetMilli)
        let replicas = rebalanced(
            current: current, ratio: ratio, newRatio: newRatio, count: values.count)
        return Proposal(
            replicas: replicas, utilization: nil, rawAverage: average, timestamp: timestamp)
    }

    /// Keeps the current count when the recomputed ratio is within tolerance or flips.
    private func rebalanced(current: Int, ratio: Double, newRatio: Double, count: Int) -> Int {
        if tolerances.isWithin(newRatio) || (ratio < 1 && newRatio > 1)
            || (ratio > 1 && newRatio < 1)
        {
            return current
        }
        let replicas = Int((newRatio * Double(count)).rounded(.up))
        if (newRatio < 1 && replicas > current) || (newRatio > 1 && replicas < current) {
            return current
        }
        return replicas
    }

    /// groupPods, then the metrics of ready pods (milli-units by pod name).
    private func grouped() throws(Failure) -> (
        [String: Int64], PodGroups, VirtualTime
    ) {
        guard !metrics.isEmpty else {
            throw Failure(
                message: "unable to get metrics for resource \(resource): no metrics returned"
                    + " from resource metrics API")
        }
        guard !pods.isEmpty else {
            throw Failure(
                message: "no pods returned by selector while calculating replica count")
        }
        let groups = PodGroups(pods: pods, metrics: metrics, resource: resource, now: now)
        var values: [String: Int64] = [:]
        var timestamp = VirtualTime.zero
        for pod in pods {
            let name = pod.metadata.name ?? ""
            guard groups.readyNames.contains(name), let metric = metrics[name] else { continue }
            values[name] = metric.value
            timestamp = max(timestamp, metric.timestamp)
        }
        guard !values.isEmpty else {
            throw Failure(
                message: "did not receive metrics for targeted pods (pods might be unready)")
        }
        return (values, groups, timestamp)
    }

    /// calculatePodRequests: the summed requests of each pod's containers, in milli-units: its
    /// app containers and its sidecars (restartable init containers), or only `container`.
    private func podRequests() throws(Failure) -> [String: Int64] {
        var requests: [String: Int64] = [:]
        for pod in pods {
            var sum: Int64 = 0
            for container in pod.spec.containersWithSidecars
            where self.container.map({ $0 == container.name }) ?? true {
                guard let request = container.resources?.requests?[resource] else {
                    throw Failure(
                        message: "missing request for \(resource) in container"
                            + " \(container.name) of Pod \(pod.metadata.name ?? "")")
                }
                sum += request.milliValue
            }
            requests[pod.metadata.name ?? ""] = sum
        }
        return requests
    }

    /// metrics/utilization.go GetResourceUtilizationRatio.
    private static func utilizationRatio(
        _ values: [String: Int64], _ requests: [String: Int64], target: Int
    ) throws(Failure) -> (Double, Int, Int64) {
        var usage: Int64 = 0
        var requested: Int64 = 0
        var count: Int64 = 0
        for (name, value) in values {
            guard let request = requests[name] else { continue }
            usage += value
            requested += request
            count += 1
        }
        guard requested > 0 else {
            throw Failure(message: "no metrics returned matched known pods")
        }
        let utilization = Int(usage * 100 / requested)
        return (Double(utilization) / Double(target), utilization, usage / count)
    }

    /// getUsageRatioReplicaCount: an Object or External metric's ratio applied to the ready
    /// pods (Running with a Ready condition); from zero replicas, the ratio alone.
    static func usageRatioReplicas(
        current: Int, ratio: Double, pods: [Pod], tolerances: Tolerances
    ) throws(Failure) -> Int {
        guard current != 0 else { return Int(ratio.rounded(.up)) }
        if tolerances.isWithin(ratio) { return current }
        guard !pods.isEmpty else {
            throw Failure(
                message: "unable to calculate ready pods: no pods returned by selector while"
                    + " calculating replica count")
        }
        let ready = pods.filter { $0.status?.phase == .running && $0.isReady }.count
        return Int((ratio * Double(ready)).rounded(.up))
    }

    /// GetObjectPerPodMetricReplicas, GetExternalPerPodMetricReplicas: a total spread over the
    /// target's current pods (`status.replicas`); the count changes only beyond tolerance.
    static func perPodReplicas(
        statusReplicas: Int, total: Int64, targetMilli: Int64, tolerances: Tolerances
    ) -> (replicas: Int, average: Int64) {
        let wanted = Int((Double(total) / Double(targetMilli)).rounded(.up))
        // Upstream divides by zero here (a target with no pods yet); the count it reaches is
        // the total over the target, and the average is undefined: the total stands for it.
        guard statusReplicas > 0 else { return (wanted, total) }
        var replicas = statusReplicas
        let ratio = Double(total) / (Double(targetMilli) * Double(statusReplicas))
        if !tolerances.isWithin(ratio) { replicas = wanted }
        let average = Int64((Double(total) / Double(statusReplicas)).rounded(.up))
        return (replicas, average)
    }

    /// metrics/utilization.go GetMetricUsageRatio.
    private static func usageRatio(_ values: [String: Int64], target: Int64) -> (Double, Int64) {
        let total = values.values.reduce(0, +)
        let average = values.isEmpty ? 0 : total / Int64(values.count)
        return (Double(average) / Double(target), average)
    }
}
