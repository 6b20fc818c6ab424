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
        let context = MetricContext(
            target: target, pods: pods, namespace: target.key.namespace, cluster: cluster,
            tolerances: Self.tolerances(of: hpa, in: cluster))
        var statuses: [MetricStatus] = []
        var replicas = 0
        var metricName = ""
        var invalid = 0
        var firstError: (message: String, reason: String, wrapped: String)?
        for spec in specs {
            let outcome = computeReplicasForMetric(spec, context)
            statuses.append(outcome.status)
            guard let proposal = outcome.replicas else {
                let reason = outcome.reason ?? "FailedGetResourceMetric"
                let message = outcome.error ?? ""
                cluster.record(.warning, reason, message, about: hpa.storeKey, from: name)
                if firstError == nil {
                    firstError = (message, reason, Self.wrapped(message, for: spec))
                }
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
                + firstError.wrapped
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

    /// horizontal.go tolerancesForHpa: the flag's tolerance each way, or (with
    /// `HPAConfigurableTolerance` on) the one each scaling direction sets.
    static func tolerances(of hpa: HorizontalPodAutoscaler, in cluster: Cluster)
        -> ReplicaCalculator.Tolerances
    {
        var tolerances = ReplicaCalculator.Tolerances()
        guard cluster.isEnabled(.hpaConfigurableTolerance) else { return tolerances }
        if let down = hpa.spec.behavior?.scaleDown?.tolerance {
            tolerances.scaleDown = Double(down.milliValue) / 1000
        }
        if let up = hpa.spec.behavior?.scaleUp?.tolerance {
            tolerances.scaleUp = Double(up.milliValue) / 1000
        }
        return tolerances
    }

    /// computeReplicasForMetric's wrapping of a metric's error, as the
    /// FailedComputeMetricsReplicas event quotes it.
    static func wrapped(_ message: String, for spec: MetricSpec) -> String {
        switch spec.type {
        case .resource:
            "failed to get \(spec.resource?.name ?? "") resource metric value: \(message)"
        case .containerResource:
            "failed to get \(spec.containerResource?.container ?? "") container metric value: "
                + message
        case .pods: "failed to get pods metric value: \(message)"
        case .object: "failed to get object metric value: \(message)"
        case .external:
            "failed to get \(spec.external?.metric.name ?? "") external metric value: \(message)"
        }
    }
}
