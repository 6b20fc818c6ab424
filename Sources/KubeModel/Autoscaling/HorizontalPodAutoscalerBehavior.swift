/// How fast an autoscaler may scale each way (`behavior`).
public struct HorizontalPodAutoscalerBehavior: Codable, Sendable, Hashable {
    public var scaleUp: HPAScalingRules?
    public var scaleDown: HPAScalingRules?

    public init(scaleUp: HPAScalingRules? = nil, scaleDown: HPAScalingRules? = nil) {
        self.scaleUp = scaleUp
        self.scaleDown = scaleDown
    }
}

public struct HPAScalingRules: Codable, Sendable, Hashable {
    public var stabilizationWindowSeconds: Int?
    public var selectPolicy: ScalingPolicySelect?
    public var policies: [HPAScalingPolicy]?
    /// Alpha in 1.33 (HPAConfigurableTolerance); accepted, not simulated.
    public var tolerance: Quantity?

    public init(
        stabilizationWindowSeconds: Int? = nil, selectPolicy: ScalingPolicySelect? = nil,
        policies: [HPAScalingPolicy]? = nil
    ) {
        self.stabilizationWindowSeconds = stabilizationWindowSeconds
        self.selectPolicy = selectPolicy
        self.policies = policies
    }
}

public enum ScalingPolicySelect: String, KubeEnum {
    case max = "Max"
    case min = "Min"
    case disabled = "Disabled"
}

public struct HPAScalingPolicy: Codable, Sendable, Hashable {
    public var type: HPAScalingPolicyType
    public var value: Int
    public var periodSeconds: Int

    public init(type: HPAScalingPolicyType, value: Int, periodSeconds: Int) {
        self.type = type
        self.value = value
        self.periodSeconds = periodSeconds
    }
}

public enum HPAScalingPolicyType: String, KubeEnum {
    case pods = "Pods"
    case percent = "Percent"
}
