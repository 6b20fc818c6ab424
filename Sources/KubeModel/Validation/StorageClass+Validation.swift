extension StorageClass {
    /// Upstream `ValidateStorageClass`: a provisioner, and Delete or Retain only.
    public func validate() -> [FieldError] {
        var errors = CommonValidation.objectMeta(
            metadata, rule: .dns1123Subdomain, namespaced: false)
        if provisioner.isEmpty {
            errors.append(.required("provisioner"))
        }
        if let policy = reclaimPolicy, policy == .recycle {
            errors.append(
                .unsupported("reclaimPolicy", policy.rawValue, supported: ["Delete", "Retain"]))
        }
        return errors
    }
}
