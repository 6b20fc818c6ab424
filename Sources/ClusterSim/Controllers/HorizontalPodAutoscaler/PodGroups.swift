import KubeModel

/// replica_calculator.go groupPods: which pods count as ready, unready, missing or ignored.
struct PodGroups {
    var ready = 0
    var readyNames: Set<String> = []
    var unready: [String] = []
    var missing: [String] = []
    var ignored: [String] = []

    init(pods: [Pod], metrics: [String: PodMetricSample], resource: String, now: VirtualTime) {
        for pod in pods {
            let name = pod.metadata.name ?? ""
            if pod.metadata.deletionTimestamp != nil || pod.status?.phase == .failed {
                ignored.append(name)
                continue
            }
            if pod.status?.phase == nil || pod.status?.phase == .pending {
                unready.append(name)
                continue
            }
            guard let metric = metrics[name] else {
                missing.append(name)
                continue
            }
            if resource == "cpu", Self.isUnready(pod, metric: metric, now: now) {
                unready.append(name)
                continue
            }
            ready += 1
            readyNames.insert(name)
        }
    }

    private static func isUnready(_ pod: Pod, metric: PodMetricSample, now: VirtualTime) -> Bool {
        guard let condition = pod.status?.conditions?.first(where: { $0.type == "Ready" }),
            let start = pod.status?.startTime.flatMap(VirtualTime.init(timestamp:))
        else { return true }
        let transition =
            condition.lastTransitionTime.flatMap(VirtualTime.init(timestamp:)) ?? .zero
        if start + ReplicaCalculator.cpuInitializationPeriod > now {
            // Within initialisation: unready, or no full window since the transition.
            return condition.status == "False" || metric.timestamp < transition + metric.window
        }
        // Unready and never ready since start.
        return condition.status == "False"
            && start + ReplicaCalculator.delayOfInitialReadinessStatus > transition
    }
}
