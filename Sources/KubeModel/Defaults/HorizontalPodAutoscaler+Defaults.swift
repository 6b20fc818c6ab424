extension HorizontalPodAutoscaler {
    /// Upstream autoscaling/v2 `SetDefaults_HorizontalPodAutoscaler`: minReplicas 1, a cpu
    /// utilization metric at 80 % when none is given, and behavior defaults only when
    /// `behavior` is present (without it the controller uses its legacy rules).
    public mutating func applyDefaults() {
        metadata.applyDefaults(namespaced: true)
        var spec = self.spec
        if spec.minReplicas == nil { spec.minReplicas = 1 }
        if spec.metrics?.isEmpty ?? true {
            spec.metrics = [.cpuUtilization(HorizontalPodAutoscalerV1.defaultCPUUtilization)]
        }
        if var behavior = spec.behavior {
            behavior.scaleUp = HPAScalingRules.filled(behavior.scaleUp, defaults: .defaultScaleUp)
            behavior.scaleDown = HPAScalingRules.filled(
                behavior.scaleDown, defaults: .defaultScaleDown)
            spec.behavior = behavior
        }
        self.spec = spec
    }
}

extension HPAScalingRules {
    /// Upstream `GenerateHPAScaleUpRules`: 0 s window, Max of 4 pods or 100 % per 15 s.
    public static let defaultScaleUp = HPAScalingRules(
        stabilizationWindowSeconds: 0, selectPolicy: .max,
        policies: [
            HPAScalingPolicy(type: .pods, value: 4, periodSeconds: 15),
            HPAScalingPolicy(type: .percent, value: 100, periodSeconds: 15),
        ])

    /// Upstream `GenerateHPAScaleDownRules`: Max, 100 % per 15 s, and no window: upstream
    /// leaves it nil so the controller uses its flag (`--horizontal-pod-autoscaler-downscale-
    /// stabilization`, 300 s), and the stored object shows none.
    public static let defaultScaleDown = HPAScalingRules(
        stabilizationWindowSeconds: nil, selectPolicy: .max,
        policies: [HPAScalingPolicy(type: .percent, value: 100, periodSeconds: 15)])

    /// Upstream `copyHPAScalingRules`: each field the student set wins over the default.
    static func filled(_ rules: HPAScalingRules?, defaults: HPAScalingRules) -> HPAScalingRules {
        guard let rules else { return defaults }
        var result = defaults
        if let window = rules.stabilizationWindowSeconds {
            result.stabilizationWindowSeconds = window
        }
        if let select = rules.selectPolicy { result.selectPolicy = select }
        if let policies = rules.policies { result.policies = policies }
        result.tolerance = rules.tolerance
        return result
    }
}
