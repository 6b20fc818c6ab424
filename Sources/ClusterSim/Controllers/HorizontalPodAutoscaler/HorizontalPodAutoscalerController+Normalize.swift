import KubeModel

/// horizontal.go normalizeDesiredReplicas: without `behavior` (and autoscaling/v1), the highest
/// recommendation of the last 5 minutes, then a scale-up limit of max(2 × current, 4).
extension HorizontalPodAutoscalerController {
    func normalizeLegacy(
        _ hpa: inout HorizontalPodAutoscaler, key: ObjectKey, current: Int, desired: Int,
        minReplicas: Int, now: VirtualTime
    ) -> Int {
        let stabilized = stabilizeRecommendation(key: key, desired: desired, now: now)
        if stabilized != desired {
            hpa.setCondition(
                "AbleToScale", true, "ScaleDownStabilized",
                "recent recommendations were higher than current one, applying the highest"
                    + " recent recommendation", now: now)
        } else {
            hpa.setCondition(
                "AbleToScale", true, "ReadyForNewScale", "recommended size matches current size",
                now: now)
        }
        // convertDesiredReplicasWithRules
        let scaleUpLimit = max(2 * current, 4)
        var maximum = hpa.spec.maxReplicas
        var limit = (
            "TooManyReplicas",
            "the desired replica count is more than the maximum"
                + " replica count"
        )
        if maximum > scaleUpLimit {
            maximum = scaleUpLimit
            limit = (
                "ScaleUpLimit",
                "the desired replica count is increasing faster than the"
                    + " maximum scale rate"
            )
        }
        var result = stabilized
        if stabilized < minReplicas {
            limit = (
                "TooFewReplicas",
                "the desired replica count is less than the minimum"
                    + " replica count"
            )
            result = minReplicas
        } else if stabilized > maximum {
            result = maximum
        } else {
            limit = ("DesiredWithinRange", "the desired count is within the acceptable range")
        }
        hpa.setCondition("ScalingLimited", result != stabilized, limit.0, limit.1, now: now)
        return result
    }

    /// stabilizeRecommendation: the max over the window; one expired entry is overwritten.
    private func stabilizeRecommendation(key: ObjectKey, desired: Int, now: VirtualTime) -> Int {
        var highest = desired
        var oldIndex: Int?
        let cutoff = now - downscaleStabilization
        let recommendations = states[key]?.recommendations ?? []
        for (index, recommendation) in recommendations.enumerated() {
            if recommendation.time < cutoff {
                oldIndex = index
            } else {
                highest = max(highest, recommendation.replicas)
            }
        }
        let entry = Recommendation(replicas: desired, time: now)
        if let oldIndex {
            states[key]?.recommendations[oldIndex] = entry
        } else {
            states[key]?.recommendations.append(entry)
        }
        return highest
    }
}
