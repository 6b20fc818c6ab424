import KubeModel

/// horizontal.go normalizeDesiredReplicasWithBehaviors: stabilization windows each way, then
/// the policies' rate limits counted from the replica count at the start of each period.
extension HorizontalPodAutoscalerController {
    func normalizeWithBehaviors(
        _ hpa: inout HorizontalPodAutoscaler, behavior: HorizontalPodAutoscalerBehavior,
        key: ObjectKey, current: Int, desired: Int, minReplicas: Int, now: VirtualTime
    ) -> Int {
        let up = behavior.scaleUp ?? .defaultScaleUp
        let down = behavior.scaleDown ?? .defaultScaleDown
        let (stabilized, reason, message) = stabilizeWithBehaviors(
            key: key, up: up, down: down, current: current, desired: desired, now: now)
        if stabilized != desired {
            hpa.setCondition("AbleToScale", true, reason, message, now: now)
        } else {
            hpa.setCondition(
                "AbleToScale", true, "ReadyForNewScale", "recommended size matches current size",
                now: now)
        }
        let state = states[key] ?? State(uid: "")
        var limit = ("DesiredWithinRange", "the desired count is within the acceptable range")
        var result = stabilized
        if stabilized > current {
            // convertDesiredReplicasWithBehaviorRate, scaling up
            let rate = max(
                current,
                Self.scaleUpLimit(current, state: state, rules: up, now: now))
            var maximum = hpa.spec.maxReplicas
            if maximum > rate {
                maximum = rate
                limit = (
                    "ScaleUpLimit",
                    "the desired replica count is increasing faster than"
                        + " the maximum scale rate"
                )
            } else {
                limit = (
                    "TooManyReplicas",
                    "the desired replica count is more than the maximum"
                        + " replica count"
                )
            }
            if stabilized > maximum { result = maximum }
        } else if stabilized < current {
            let rate = min(
                current,
                Self.scaleDownLimit(current, state: state, rules: down, now: now))
            var minimum = minReplicas
            if minimum < rate {
                minimum = rate
                limit = (
                    "ScaleDownLimit",
                    "the desired replica count is decreasing faster than"
                        + " the maximum scale rate"
                )
            } else {
                limit = (
                    "TooFewReplicas",
                    "the desired replica count is less than the minimum"
                        + " replica count"
                )
            }
            if stabilized < minimum { result = minimum }
        }
        if result == stabilized {
            limit = ("DesiredWithinRange", "the desired count is within the acceptable range")
        }
        hpa.setCondition("ScalingLimited", result != stabilized, limit.0, limit.1, now: now)
        return result
    }

    /// stabilizeRecommendationWithBehaviors: the min over the up window and the max over the
    /// down window bound the recommendation.
    private func stabilizeWithBehaviors(
        key: ObjectKey, up: HPAScalingRules, down: HPAScalingRules, current: Int, desired: Int,
        now: VirtualTime
    ) -> (Int, String, String) {
        let upCutoff = now - .seconds(Double(up.stabilizationWindowSeconds ?? 0))
        let downCutoff = now - .seconds(Double(down.stabilizationWindowSeconds ?? 300))
        var upRecommendation = desired
        var downRecommendation = desired
        var oldIndex: Int?
        for (index, entry) in (states[key]?.recommendations ?? []).enumerated() {
            if entry.time > upCutoff { upRecommendation = min(entry.replicas, upRecommendation) }
            if entry.time > downCutoff {
                downRecommendation = max(entry.replicas, downRecommendation)
            }
            if entry.time < upCutoff && entry.time < downCutoff { oldIndex = index }
        }
        var recommendation = max(current, upRecommendation)
        recommendation = min(recommendation, downRecommendation)
        let entry = Recommendation(replicas: desired, time: now)
        if let oldIndex {
            states[key]?.recommendations[oldIndex] = entry
        } else {
            states[key]?.recommendations.append(entry)
        }
        if desired >= current {
            return (
                recommendation, "ScaleUpStabilized",
                "recent recommendations were lower than current one, applying the lowest"
                    + " recent recommendation"
            )
        }
        return (
            recommendation, "ScaleDownStabilized",
            "recent recommendations were higher than current one, applying the highest recent"
                + " recommendation"
        )
    }

    /// calculateScaleUpLimitWithScalingRules.
    static func scaleUpLimit(_ current: Int, state: State, rules: HPAScalingRules, now: VirtualTime)
        -> Int
    {
        let select = rules.selectPolicy ?? .max
        if select == .disabled { return current }
        var result = select == .min ? Int.max : Int.min
        for policy in rules.policies ?? [] {
            let start =
                current - changes(state.scaleUpEvents, policy.periodSeconds, now)
                + changes(state.scaleDownEvents, policy.periodSeconds, now)
            let proposed =
                policy.type == .pods
                ? start + policy.value
                : Int((Double(start) * (1 + Double(policy.value) / 100)).rounded(.up))
            result = select == .min ? min(result, proposed) : max(result, proposed)
        }
        return result
    }

    /// calculateScaleDownLimitWithBehaviors: Min picks the smallest change (largest count).
    static func scaleDownLimit(
        _ current: Int, state: State, rules: HPAScalingRules, now: VirtualTime
    ) -> Int {
        let select = rules.selectPolicy ?? .max
        if select == .disabled { return current }
        var result = select == .min ? Int.min : Int.max
        for policy in rules.policies ?? [] {
            let start =
                current - changes(state.scaleUpEvents, policy.periodSeconds, now)
                + changes(state.scaleDownEvents, policy.periodSeconds, now)
            let proposed =
                policy.type == .pods
                ? start - policy.value
                : Int(Double(start) * (1 - Double(policy.value) / 100))
            result = select == .min ? max(result, proposed) : min(result, proposed)
        }
        return result
    }

    /// getReplicasChangePerPeriod: the change recorded after now − period.
    private static func changes(_ events: [ScaleEvent], _ periodSeconds: Int, _ now: VirtualTime)
        -> Int
    {
        let cutoff = now - .seconds(Double(periodSeconds))
        return events.reduce(0) { $0 + ($1.time > cutoff ? $1.change : 0) }
    }

    /// storeScaleEvent: only with `behavior`; an outdated entry is overwritten.
    func storeScaleEvent(
        behavior: HorizontalPodAutoscalerBehavior?, key: ObjectKey, from previous: Int,
        to replicas: Int, now: VirtualTime
    ) {
        guard let behavior, var state = states[key] else { return }
        let scalingUp = previous < replicas
        let rules = scalingUp ? behavior.scaleUp : behavior.scaleDown
        let longest = (rules?.policies ?? []).map(\.periodSeconds).max() ?? 0
        let cutoff = now - .seconds(Double(longest))
        var events = scalingUp ? state.scaleUpEvents : state.scaleDownEvents
        var oldIndex: Int?
        for index in events.indices {
            if events[index].time < cutoff { events[index].outdated = true }
            if events[index].outdated { oldIndex = index }
        }
        let event = ScaleEvent(change: abs(replicas - previous), time: now, outdated: false)
        if let oldIndex { events[oldIndex] = event } else { events.append(event) }
        if scalingUp { state.scaleUpEvents = events } else { state.scaleDownEvents = events }
        states[key] = state
    }
}
