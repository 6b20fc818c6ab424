/// Autoscaler checks shared by autoscaling/v1 and v2 (pkg/apis/autoscaling/validation).
enum HPAValidation {
    static let maxPeriodSeconds = 1800
    static let maxStabilizationWindowSeconds = 3600

    static func replicaBounds(minReplicas: Int?, maxReplicas: Int) -> [FieldError] {
        var errors: [FieldError] = []
        if let minReplicas, minReplicas < 1 {
            errors.append(
                .invalid(
                    "spec.minReplicas", String(minReplicas), "must be greater than or equal to 1"))
        }
        if maxReplicas < 1 {
            errors.append(
                .invalid("spec.maxReplicas", String(maxReplicas), "must be greater than 0"))
        }
        if let minReplicas, maxReplicas < minReplicas {
            errors.append(
                .invalid(
                    "spec.maxReplicas", String(maxReplicas),
                    "must be greater than or equal to `minReplicas`"))
        }
        return errors
    }

    static func scaleTargetRef(_ ref: CrossVersionObjectReference) -> [FieldError] {
        var errors: [FieldError] = []
        if ref.kind.isEmpty { errors.append(.required("spec.scaleTargetRef.kind")) }
        if ref.name.isEmpty { errors.append(.required("spec.scaleTargetRef.name")) }
        return errors
    }

    /// Upstream `validateScalingRules`.
    static func rules(_ rules: HPAScalingRules?, _ path: FieldPath) -> [FieldError] {
        guard let rules else { return [] }
        var errors: [FieldError] = []
        if let window = rules.stabilizationWindowSeconds {
            let windowPath = path.appending("stabilizationWindowSeconds")
            if window < 0 {
                errors.append(
                    .invalid(windowPath, String(window), "must be greater than or equal to zero"))
            } else if window > maxStabilizationWindowSeconds {
                errors.append(
                    .invalid(
                        windowPath, String(window),
                        "must be less than or equal to \(maxStabilizationWindowSeconds)"))
            }
        }
        let policies = rules.policies ?? []
        if policies.isEmpty, rules.selectPolicy != .disabled {
            errors.append(.required(path.appending("policies"), "must specify at least one Policy"))
        }
        for (index, policy) in policies.enumerated() {
            let policyPath = path.appending("policies").appending(index: index)
            if policy.periodSeconds <= 0 {
                errors.append(
                    .invalid(
                        policyPath.appending("periodSeconds"), String(policy.periodSeconds),
                        "must be greater than zero"))
            } else if policy.periodSeconds > maxPeriodSeconds {
                errors.append(
                    .invalid(
                        policyPath.appending("periodSeconds"), String(policy.periodSeconds),
                        "must be less than or equal to \(maxPeriodSeconds)"))
            }
            if policy.value <= 0 {
                errors.append(
                    .invalid(
                        policyPath.appending("value"), String(policy.value),
                        "must be greater than zero"))
            }
        }
        return errors
    }
}
