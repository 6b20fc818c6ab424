extension Deployment {
    /// Upstream `ValidateDeploymentSpec`.
    public func validate() -> [FieldError] {
        var errors = CommonValidation.objectMeta(
            metadata, rule: .dns1123Subdomain, namespaced: true)
        errors += WorkloadValidation.replicas(spec.replicas)
        errors += WorkloadValidation.selectorAndTemplate(
            selector: spec.selector, template: spec.template, kindName: "deployment")
        errors += Self.validateStrategy(spec)
        errors += CommonValidation.nonNegative(spec.minReadySeconds, "spec.minReadySeconds")
        errors += CommonValidation.nonNegative(
            spec.revisionHistoryLimit, "spec.revisionHistoryLimit")
        errors += CommonValidation.nonNegative(
            spec.progressDeadlineSeconds, "spec.progressDeadlineSeconds")
        if let deadline = spec.progressDeadlineSeconds, deadline <= spec.minReadySeconds ?? 0 {
            errors.append(
                .invalid(
                    "spec.progressDeadlineSeconds", String(deadline),
                    "must be greater than minReadySeconds"))
        }
        return errors
    }

    private static func validateStrategy(_ spec: DeploymentSpec) -> [FieldError] {
        guard let strategy = spec.strategy else { return [] }
        let rollingPath: FieldPath = "spec.strategy.rollingUpdate"
        switch strategy.type {
        case .recreate:
            guard strategy.rollingUpdate != nil else { return [] }
            return [
                .forbidden(rollingPath, "may not be specified when strategy `type` is 'Recreate'")
            ]
        case .rollingUpdate, nil:
            guard let rolling = strategy.rollingUpdate else { return [] }
            return WorkloadValidation.surgeAndUnavailable(
                maxSurge: rolling.maxSurge, maxUnavailable: rolling.maxUnavailable,
                path: rollingPath)
        }
    }
}
