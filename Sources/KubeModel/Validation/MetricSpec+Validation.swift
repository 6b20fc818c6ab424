extension MetricSpec {
    static let sourceRequiredMessage = "must populate information for the given metric source"

    /// Upstream `validateMetricSpec`: the source named by `type` is set, its target valid.
    func validate(at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        let populated: [(MetricSourceType, String, Bool)] = [
            (.object, "object", object != nil), (.pods, "pods", pods != nil),
            (.resource, "resource", resource != nil),
            (.containerResource, "containerResource", containerResource != nil),
            (.external, "external", external != nil),
        ]
        for (sourceType, field, isSet) in populated {
            if sourceType == type, !isSet {
                errors.append(.required(path.appending(field), Self.sourceRequiredMessage))
            } else if sourceType != type, isSet {
                errors.append(
                    .forbidden(path.appending(field), "must populate the given metric source only"))
            }
        }
        if let resource {
            let resourcePath = path.appending("resource")
            if resource.name.isEmpty {
                errors.append(
                    .required(resourcePath.appending("name"), "must specify a resource name"))
            }
            errors += resource.target.validateResourceTarget(at: resourcePath.appending("target"))
        }
        if let containerResource {
            errors += containerResource.target.validateResourceTarget(
                at: path.appending("containerResource").appending("target"))
        }
        let others: [(String, MetricTarget?)] = [
            ("pods", pods?.target), ("object", object?.target), ("external", external?.target),
        ]
        for (field, target) in others {
            errors += target?.validate(at: path.appending(field).appending("target")) ?? []
        }
        return errors
    }
}

extension MetricTarget {
    /// Upstream `validateMetricTarget`.
    func validate(at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        if let value, value.milliValue <= 0 {
            errors.append(.invalid(path.appending("value"), value.description, "must be positive"))
        }
        if let averageValue, averageValue.milliValue <= 0 {
            errors.append(
                .invalid(
                    path.appending("averageValue"), averageValue.description, "must be positive"))
        }
        if let averageUtilization, averageUtilization < 1 {
            errors.append(
                .invalid(
                    path.appending("averageUtilization"), String(averageUtilization),
                    "must be greater than 0"))
        }
        return errors
    }

    /// Resource targets need a utilization or an average value, not both
    /// (upstream `validateResourceSource`).
    func validateResourceTarget(at path: FieldPath) -> [FieldError] {
        var errors = validate(at: path)
        if averageUtilization == nil, averageValue == nil {
            errors.append(
                .required(
                    path.appending("averageUtilization"),
                    "must set either a target raw value or a target utilization",
                    hint: "add averageUtilization, e.g. 50 for 50 % of the cpu request"))
        } else if averageUtilization != nil, averageValue != nil {
            errors.append(
                .forbidden(
                    path.appending("averageValue"),
                    "may not set both a target raw value and a target utilization"))
        }
        return errors
    }
}
