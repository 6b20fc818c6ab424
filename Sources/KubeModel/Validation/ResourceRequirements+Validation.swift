extension ResourceRequirements {
    /// Upstream `ValidateResourceRequirements`: amounts non-negative, requests within limits.
    func validate(at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        let limits = limits ?? [:]
        let requests = requests ?? [:]
        for name in limits.keys.sorted() {
            guard let limit = limits[name], limit.milliValue < 0 else { continue }
            let limitPath = path.appending("limits").appending(name)
            errors.append(
                .invalid(limitPath, limit.description, CommonValidation.nonNegativeMessage))
        }
        for name in requests.keys.sorted() {
            guard let request = requests[name] else { continue }
            let requestPath = path.appending("requests").appending(name)
            if request.milliValue < 0 {
                errors.append(
                    .invalid(requestPath, request.description, CommonValidation.nonNegativeMessage))
            }
            if let limit = limits[name], request > limit {
                errors.append(
                    .invalid(
                        requestPath, request.description,
                        "must be less than or equal to \(name) limit of \(limit)",
                        hint: "a request is what the pod is guaranteed; it cannot exceed the limit")
                )
            }
        }
        return errors
    }
}
