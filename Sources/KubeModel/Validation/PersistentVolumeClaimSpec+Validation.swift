extension PersistentVolumeClaimSpec {
    /// Upstream `ValidatePersistentVolumeClaimSpec`: access modes and a storage request.
    func validate(at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        let modes = accessModes ?? []
        if modes.isEmpty {
            errors.append(
                .required(
                    path.appending("accessModes"), "at least 1 access mode is required",
                    hint: "add accessModes: [ReadWriteOnce]"))
        }
        if modes.contains(.readWriteOncePod), modes.count > 1 {
            errors.append(
                .forbidden(
                    path.appending("accessModes"),
                    "may not use ReadWriteOncePod with other access modes"))
        }
        let storagePath = path.appending("resources").appending("requests").appending("storage")
        if let storage = requestedStorage {
            if storage.milliValue <= 0 {
                errors.append(
                    .invalid(storagePath, storage.description, "must be greater than zero"))
            }
        } else {
            errors.append(.required(storagePath, hint: "request a size, e.g. \"storage: 1Gi\""))
        }
        errors += CommonValidation.labelSelector(selector, path.appending("selector"))
        return errors
    }
}
