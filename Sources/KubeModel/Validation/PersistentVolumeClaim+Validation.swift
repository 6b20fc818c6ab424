extension PersistentVolumeClaim {
    public func validate() -> [FieldError] {
        CommonValidation.objectMeta(metadata, rule: .dns1123Subdomain, namespaced: true)
            + spec.validate(at: "spec")
    }
}
