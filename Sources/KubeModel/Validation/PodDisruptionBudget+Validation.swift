import LabDiagnostics

extension PodDisruptionBudget {
    /// Upstream `ValidatePodDisruptionBudgetSpec`, plus a warning when neither bound is set:
    /// upstream accepts that, and the budget then lets every pod be evicted.
    public func validate() -> [FieldError] {
        var errors = CommonValidation.objectMeta(
            metadata, rule: .dns1123Subdomain, namespaced: true)
        let spec = spec ?? PodDisruptionBudgetSpec()
        if spec.minAvailable != nil, spec.maxUnavailable != nil {
            errors.append(
                FieldError(
                    .error, "spec", "minAvailable and maxUnavailable cannot be both set",
                    hint: "keep only one of spec.minAvailable and spec.maxUnavailable"))
        } else if spec.minAvailable == nil, spec.maxUnavailable == nil {
            errors.append(
                .warning(
                    "spec",
                    "neither \"spec.minAvailable\" nor \"spec.maxUnavailable\" is set: the budget "
                        + "protects nothing, every pod may be evicted",
                    hint: "set spec.minAvailable (e.g. 1) or spec.maxUnavailable"))
        }
        errors += CommonValidation.intOrPercent(spec.minAvailable, "spec.minAvailable")
        errors += CommonValidation.intOrPercent(spec.maxUnavailable, "spec.maxUnavailable")
        errors += CommonValidation.labelSelector(spec.selector, "spec.selector")
        return errors
    }
}
