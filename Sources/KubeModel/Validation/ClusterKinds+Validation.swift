extension Node {
    public func validate() -> [FieldError] {
        var errors = CommonValidation.objectMeta(
            metadata, rule: .dns1123Subdomain, namespaced: false)
        for (index, taint) in (spec?.taints ?? []).enumerated() {
            let keyPath = FieldPath("spec.taints").appending(index: index).appending("key")
            errors += NameRules.qualifiedName(taint.key).map { .invalid(keyPath, taint.key, $0) }
        }
        return errors
    }
}

extension Namespace {
    /// Namespace names are DNS-1123 labels (`ValidateNamespaceName`).
    public func validate() -> [FieldError] {
        CommonValidation.objectMeta(metadata, rule: .dns1123Label, namespaced: false)
    }
}
