extension HorizontalPodAutoscaler {
    /// Upstream autoscaling `ValidateHorizontalPodAutoscalerSpec` (v2).
    public func validate() -> [FieldError] {
        var errors = CommonValidation.objectMeta(
            metadata, rule: .dns1123Subdomain, namespaced: true)
        errors += HPAValidation.replicaBounds(
            minReplicas: spec.minReplicas, maxReplicas: spec.maxReplicas)
        errors += HPAValidation.scaleTargetRef(spec.scaleTargetRef)
        for (index, metric) in (spec.metrics ?? []).enumerated() {
            errors += metric.validate(at: FieldPath("spec.metrics").appending(index: index))
        }
        if let behavior = spec.behavior {
            errors += HPAValidation.rules(behavior.scaleUp, "spec.behavior.scaleUp")
            errors += HPAValidation.rules(behavior.scaleDown, "spec.behavior.scaleDown")
        }
        return errors
    }
}

extension HorizontalPodAutoscalerV1 {
    /// Upstream v1 rules: the v2 bounds plus a positive cpu target.
    public func validate() -> [FieldError] {
        var errors = CommonValidation.objectMeta(
            metadata, rule: .dns1123Subdomain, namespaced: true)
        errors += HPAValidation.replicaBounds(
            minReplicas: spec.minReplicas, maxReplicas: spec.maxReplicas)
        errors += HPAValidation.scaleTargetRef(spec.scaleTargetRef)
        if let target = spec.targetCPUUtilizationPercentage, target < 1 {
            errors.append(
                .invalid(
                    "spec.targetCPUUtilizationPercentage", String(target),
                    "must be greater than 0"))
        }
        return errors
    }
}
