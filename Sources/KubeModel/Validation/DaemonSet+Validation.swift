extension DaemonSet {
    /// Upstream `ValidateDaemonSetSpec`.
    public func validate() -> [FieldError] {
        var errors = CommonValidation.objectMeta(
            metadata, rule: .dns1123Subdomain, namespaced: true)
        errors += WorkloadValidation.selectorAndTemplate(
            selector: spec.selector, template: spec.template, kindName: "daemonset")
        errors += CommonValidation.nonNegative(spec.minReadySeconds, "spec.minReadySeconds")
        errors += CommonValidation.nonNegative(
            spec.revisionHistoryLimit, "spec.revisionHistoryLimit")
        if let strategy = spec.updateStrategy, let rolling = strategy.rollingUpdate {
            let rollingPath: FieldPath = "spec.updateStrategy.rollingUpdate"
            if strategy.type == .onDelete {
                errors.append(
                    .forbidden(
                        rollingPath, "may not be specified when strategy `type` is 'OnDelete'"))
            } else {
                errors += WorkloadValidation.surgeAndUnavailable(
                    maxSurge: rolling.maxSurge, maxUnavailable: rolling.maxUnavailable,
                    path: rollingPath)
            }
        }
        return errors
    }
}
