import KubeModel

/// Writing an autoscaler's status as horizontal.go does (setCondition, setStatus).
extension HorizontalPodAutoscaler {
    /// Sets a condition; `lastTransitionTime` moves only when the status changes.
    mutating func setCondition(
        _ type: String, _ isTrue: Bool, _ reason: String, _ message: String, now: VirtualTime
    ) {
        var status = self.status ?? HorizontalPodAutoscalerStatus(desiredReplicas: 0)
        var conditions = status.conditions ?? []
        let value = isTrue ? "True" : "False"
        if let index = conditions.firstIndex(where: { $0.type == type }) {
            let old = conditions[index]
            conditions[index] = Condition(
                type: type, status: value, reason: reason, message: message,
                lastTransitionTime: old.status == value ? old.lastTransitionTime : now.timestamp)
        } else {
            conditions.append(
                Condition(
                    type: type, status: value, reason: reason, message: message,
                    lastTransitionTime: now.timestamp))
        }
        status.conditions = conditions
        self.status = status
    }

    mutating func setStatus(
        current: Int, desired: Int, metrics: [MetricStatus], rescaled: Bool, now: VirtualTime
    ) {
        var status = self.status ?? HorizontalPodAutoscalerStatus(desiredReplicas: 0)
        status.currentReplicas = current
        status.desiredReplicas = desired
        status.currentMetrics = metrics.isEmpty ? nil : metrics
        if rescaled { status.lastScaleTime = now.timestamp }
        self.status = status
    }
}
