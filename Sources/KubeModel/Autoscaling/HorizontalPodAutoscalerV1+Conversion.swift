extension HorizontalPodAutoscalerV1 {
    /// Upstream's v1 default target when `targetCPUUtilizationPercentage` is absent
    /// (pkg/apis/autoscaling/v1/defaults.go, `DefaultCPUUtilization`).
    public static let defaultCPUUtilization = 80

    /// The v2 form: one Resource cpu Utilization metric.
    ///
    /// `apiVersion` stays `autoscaling/v1`.
    public func converted() -> HorizontalPodAutoscaler {
        let target = spec.targetCPUUtilizationPercentage ?? Self.defaultCPUUtilization
        let converted = HorizontalPodAutoscalerSpec(
            scaleTargetRef: spec.scaleTargetRef, minReplicas: spec.minReplicas,
            maxReplicas: spec.maxReplicas, metrics: [.cpuUtilization(target)])
        var result = HorizontalPodAutoscaler(metadata: metadata, spec: converted)
        result.apiVersion = apiVersion
        if let status {
            var status2 = HorizontalPodAutoscalerStatus(
                currentReplicas: status.currentReplicas, desiredReplicas: status.desiredReplicas)
            status2.observedGeneration = status.observedGeneration
            status2.lastScaleTime = status.lastScaleTime
            if let current = status.currentCPUUtilizationPercentage {
                status2.currentMetrics = [
                    MetricStatus(
                        type: .resource,
                        resource: ResourceMetricStatus(
                            name: "cpu", current: MetricValueStatus(averageUtilization: current)))
                ]
            }
            result.status = status2
        }
        return result
    }
}
