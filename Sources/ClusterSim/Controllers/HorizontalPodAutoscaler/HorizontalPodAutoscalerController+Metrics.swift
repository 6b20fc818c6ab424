import KubeModel

/// horizontal.go computeReplicasForMetrics: each metric's proposal, the largest wins.
extension HorizontalPodAutoscalerController {
    struct ComputedReplicas {
        /// nil when no metric could be computed (or some failed and the rest would scale down).
        var replicas: Int?
        var metric: String
        var statuses: [MetricStatus]
        var error: String?
    }

    func computeReplicasForMetrics(
        _ hpa: inout HorizontalPodAutoscaler, target: ScaleTarget, in cluster: Cluster
    ) -> ComputedReplicas {
        let specs = hpa.spec.metrics ?? []
        let pods = cluster.list(
            Pod.self, namespace: target.key.namespace, selector: target.selector)
        var metrics: [String: PodMetrics] = [:]
        for pod in pods {
            if let sample = cluster.podMetrics(pod.storeKey) {
                metrics[pod.metadata.name ?? ""] = sample
            }
        }
        var statuses: [MetricStatus] = []
        var replicas = 0
        var metricName = ""
        var invalid = 0
        var firstError: (message: String, reason: String)?
        for spec in specs {
            let outcome = computeReplicasForMetric(
                spec, current: target.replicas, pods: pods, metrics: metrics,
                now: cluster.now)
            statuses.append(outcome.status)
            guard let proposal = outcome.replicas else {
                let reason = outcome.reason ?? "FailedGetResourceMetric"
                let message = outcome.error ?? ""
                cluster.record(.warning, reason, message, about: hpa.storeKey, from: name)
                if firstError == nil { firstError = (message, reason) }
                invalid += 1
                continue
            }
            if replicas == 0 || proposal > replicas {
                replicas = proposal
                metricName = outcome.metric
            }
        }
        if let firstError, invalid >= specs.count || replicas < target.replicas {
            hpa.setCondition(
                "ScalingActive", false, firstError.reason,
                "the HPA was unable to compute the replica count: \(firstError.message)",
                now: cluster.now)
            let error =
                "invalid metrics (\(invalid) invalid out of \(specs.count)), first error is: "
                + firstError.message
            return ComputedReplicas(
                replicas: nil, metric: "", statuses: statuses, error: error)
        }
        hpa.setCondition(
            "ScalingActive", true, "ValidMetricFound",
            "the HPA was able to successfully calculate a replica count from \(metricName)",
            now: cluster.now)
        return ComputedReplicas(
            replicas: replicas, metric: metricName, statuses: statuses, error: nil)
    }

    struct MetricOutcome {
        var replicas: Int?
        var metric: String
        var status: MetricStatus
        var error: String?
        var reason: String?
    }

    /// computeStatusForResourceMetric; other metric types need an adapter LabKit does not have.
    private func computeReplicasForMetric(
        _ spec: MetricSpec, current: Int, pods: [Pod], metrics: [String: PodMetrics],
        now: VirtualTime
    ) -> MetricOutcome {
        guard spec.type == .resource, let source = spec.resource else {
            let message = "unable to get \(spec.type.rawValue) metric: no custom metrics API"
            return MetricOutcome(
                replicas: nil, metric: "", status: MetricStatus(type: spec.type),
                error: message, reason: "FailedGet\(spec.type.rawValue)Metric")
        }
        let resource = source.name
        var status = MetricStatus(
            type: .resource,
            resource: ResourceMetricStatus(name: resource, current: MetricValueStatus()))
        let calculator = ReplicaCalculator(
            pods: pods, metrics: metrics, now: now, resource: resource)
        do throws(ReplicaCalculator.Failure) {
            if let average = source.target.averageValue {
                let proposal = try calculator.rawResourceReplicas(
                    current: current, targetMilli: average.milliValue)
                status.resource?.current.averageValue = Quantity(milliValue: proposal.rawAverage)
                return MetricOutcome(
                    replicas: proposal.replicas, metric: "\(resource) resource", status: status)
            }
            guard let utilization = source.target.averageUtilization else {
                return MetricOutcome(
                    replicas: nil, metric: "", status: status,
                    error: "invalid resource metric source: neither an average utilization"
                        + " target nor an average value (usage) target was set",
                    reason: "FailedGetResourceMetric")
            }
            let proposal = try calculator.resourceReplicas(
                current: current, targetUtilization: utilization)
            status.resource?.current.averageUtilization = proposal.utilization
            status.resource?.current.averageValue = Quantity(milliValue: proposal.rawAverage)
            return MetricOutcome(
                replicas: proposal.replicas,
                metric: "\(resource) resource utilization (percentage of request)",
                status: status)
        } catch {
            let what = source.target.averageValue == nil ? "utilization" : "usage"
            return MetricOutcome(
                replicas: nil, metric: "", status: status,
                error: "failed to get \(resource) \(what): \(error.message)",
                reason: "FailedGetResourceMetric")
        }
    }
}
