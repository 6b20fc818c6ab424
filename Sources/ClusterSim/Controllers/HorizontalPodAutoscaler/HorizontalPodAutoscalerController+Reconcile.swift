import KubeModel

/// horizontal.go reconcileAutoscaler.
extension HorizontalPodAutoscalerController {
    func reconcile(_ original: HorizontalPodAutoscaler, key: ObjectKey, in cluster: Cluster) {
        var hpa = original
        let namespace = key.namespace
        let target: ScaleTarget
        do {
            target = try cluster.scaleTarget(hpa.spec.scaleTargetRef, namespace: namespace)
        } catch {
            hpa.setCondition(
                "AbleToScale", false, "FailedGetScale",
                "the HPA controller was unable to get the target's current scale: \(error.message)",
                now: cluster.now)
            cluster.record(.warning, "FailedGetScale", error.message, about: key, from: name)
            write(hpa, original: original, in: cluster)
            return
        }
        hpa.setCondition(
            "AbleToScale", true, "SucceededGetScale",
            "the HPA controller was able to get the target's current scale", now: cluster.now)
        let current = target.replicas
        if states[key]?.recommendations.isEmpty ?? true {
            // recordInitialRecommendation: a new autoscaler cannot scale down in its first window.
            states[key]?.recommendations = [Recommendation(replicas: current, time: cluster.now)]
        }
        let minReplicas = hpa.spec.minReplicas ?? 1
        var desired = 0
        var reason = ""
        var metricStatuses = hpa.status?.currentMetrics ?? []
        var rescale = true
        if current == 0 && minReplicas != 0 {
            desired = 0
            rescale = false
            hpa.setCondition(
                "ScalingActive", false, "ScalingDisabled",
                "scaling is disabled since the replica count of the target is zero",
                now: cluster.now)
        } else if current > hpa.spec.maxReplicas {
            reason = "Current number of replicas above Spec.MaxReplicas"
            desired = hpa.spec.maxReplicas
        } else if current < minReplicas {
            reason = "Current number of replicas below Spec.MinReplicas"
            desired = minReplicas
        } else {
            let computed = computeReplicasForMetrics(&hpa, target: target, in: cluster)
            metricStatuses = computed.statuses
            guard let proposal = computed.replicas else {
                hpa.setStatus(
                    current: current, desired: hpa.status?.desiredReplicas ?? 0,
                    metrics: metricStatuses, rescaled: false, now: cluster.now)
                cluster.record(
                    .warning, "FailedComputeMetricsReplicas", computed.error ?? "", about: key,
                    from: name)
                write(hpa, original: original, in: cluster)
                return
            }
            desired = proposal
            if desired > current { reason = "\(computed.metric) above target" }
            if desired < current { reason = "All metrics below target" }
            if let behavior = hpa.spec.behavior {
                desired = normalizeWithBehaviors(
                    &hpa, behavior: behavior, key: key, current: current, desired: desired,
                    minReplicas: minReplicas, now: cluster.now)
            } else {
                desired = normalizeLegacy(
                    &hpa, key: key, current: current, desired: desired,
                    minReplicas: minReplicas, now: cluster.now)
            }
            rescale = desired != current
        }
        if rescale {
            do {
                try cluster.updateScale(target, replicas: desired)
            } catch {
                cluster.record(
                    .warning, "FailedRescale",
                    "New size: \(desired); reason: \(reason); error: \(error.message)",
                    about: key, from: name)
                hpa.setCondition(
                    "AbleToScale", false, "FailedUpdateScale",
                    "the HPA controller was unable to update the target scale: \(error.message)",
                    now: cluster.now)
                hpa.setStatus(
                    current: current, desired: hpa.status?.desiredReplicas ?? 0,
                    metrics: metricStatuses, rescaled: false, now: cluster.now)
                write(hpa, original: original, in: cluster)
                return
            }
            hpa.setCondition(
                "AbleToScale", true, "SucceededRescale",
                "the HPA controller was able to update the target scale to \(desired)",
                now: cluster.now)
            cluster.record(
                .normal, "SuccessfulRescale", "New size: \(desired); reason: \(reason)",
                about: key, from: name)
            storeScaleEvent(
                behavior: hpa.spec.behavior, key: key, from: current, to: desired,
                now: cluster.now)
        } else {
            desired = current
        }
        hpa.setStatus(
            current: current, desired: desired, metrics: metricStatuses, rescaled: rescale,
            now: cluster.now)
        write(hpa, original: original, in: cluster)
    }

    /// updateStatusIfNeeded: writes only when the status changed.
    private func write(
        _ hpa: HorizontalPodAutoscaler, original: HorizontalPodAutoscaler, in cluster: Cluster
    ) {
        guard hpa.status != original.status else { return }
        _ = try? cluster.modify(HorizontalPodAutoscaler.self, hpa.storeKey) {
            $0.status = hpa.status
        }
    }
}
