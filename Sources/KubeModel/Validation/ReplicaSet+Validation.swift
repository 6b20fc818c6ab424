extension ReplicaSet {
    /// Upstream `ValidateReplicaSetSpec` (whose empty-selector message says "deployment").
    public func validate() -> [FieldError] {
        var errors = CommonValidation.objectMeta(
            metadata, rule: .dns1123Subdomain, namespaced: true)
        errors += WorkloadValidation.replicas(spec.replicas)
        errors += CommonValidation.nonNegative(spec.minReadySeconds, "spec.minReadySeconds")
        errors += WorkloadValidation.selectorAndTemplate(
            selector: spec.selector, template: spec.template, kindName: "deployment")
        return errors
    }
}
