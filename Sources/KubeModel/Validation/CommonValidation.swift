/// Upstream validation helpers shared by every kind (apimachinery and core validation).
enum CommonValidation {
    static let nonNegativeMessage = "must be greater than or equal to 0"
    static let portRangeMessage = "must be between 1 and 65535, inclusive"
    static let percentMessage =
        "a valid percent string must be a numeric string followed by an ending '%' "
        + "(e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"

    /// `metadata`: name (unless `generateName`), namespace, labels, annotations.
    static func objectMeta(
        _ meta: ObjectMeta, rule: NameRule, namespaced: Bool, path: FieldPath = "metadata"
    ) -> [FieldError] {
        var errors: [FieldError] = []
        let namePath = path.appending("name")
        if let name = meta.name, !name.isEmpty {
            errors += rule.problems(name).map { .invalid(namePath, name, $0) }
        } else if meta.generateName?.isEmpty ?? true {
            errors.append(
                .required(
                    namePath, "name or generateName is required",
                    hint: "give the object a name under metadata, e.g. \"name: web\""))
        }
        if namespaced, let namespace = meta.namespace {
            errors += NameRules.dns1123Label(namespace).map {
                .invalid(path.appending("namespace"), namespace, $0)
            }
        }
        errors += labels(meta.labels, path: path.appending("labels"))
        errors += annotationKeys(meta.annotations, path: path.appending("annotations"))
        return errors
    }

    /// Upstream `ValidateLabels`: errors point at the map and quote the bad key or value.
    static func labels(_ labels: [String: String]?, path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        for key in (labels ?? [:]).keys.sorted() {
            errors += NameRules.qualifiedName(key).map { .invalid(path, key, $0) }
            let value = labels?[key] ?? ""
            errors += NameRules.labelValue(value).map { .invalid(path, value, $0) }
        }
        return errors
    }

    static func annotationKeys(_ annotations: [String: String]?, path: FieldPath) -> [FieldError] {
        (annotations ?? [:]).keys.sorted().flatMap { key in
            NameRules.qualifiedName(key).map { FieldError.invalid(path, key, $0) }
        }
    }

    static func nonNegative(_ value: Int?, _ path: FieldPath) -> [FieldError] {
        guard let value, value < 0 else { return [] }
        return [.invalid(path, String(value), nonNegativeMessage)]
    }

    static func port(_ value: Int, _ path: FieldPath) -> [FieldError] {
        (1...65535).contains(value) ? [] : [.invalid(path, String(value), portRangeMessage)]
    }

    /// A port given by number or by name (probe and Service target ports).
    static func portNumberOrName(_ value: IntOrString, _ path: FieldPath) -> [FieldError] {
        switch value {
        case .int(let number):
            return port(number, path)
        case .string(let name):
            return NameRules.portName(name).map { .invalid(path, name, $0) }
        }
    }

    /// Upstream `ValidatePositiveIntOrPercent` plus `IsNotMoreThan100Percent`.
    static func intOrPercent(_ value: IntOrString?, _ path: FieldPath) -> [FieldError] {
        guard let value else { return [] }
        switch value {
        case .int(let number):
            return nonNegative(number, path)
        case .string(let text):
            guard let percent = value.percent, percent >= 0, !text.hasPrefix("+") else {
                return [.invalid(path, text, percentMessage)]
            }
            return percent > 100 ? [.invalid(path, text, "must not be greater than 100%")] : []
        }
    }

    /// Upstream `ValidateLabelSelector`: operators and their values, keys and match labels.
    static func labelSelector(_ selector: LabelSelector?, _ path: FieldPath) -> [FieldError] {
        guard let selector else { return [] }
        var errors: [FieldError] = []
        for (index, requirement) in (selector.matchExpressions ?? []).enumerated() {
            let itemPath = path.appending("matchExpressions").appending(index: index)
            let values = requirement.values ?? []
            switch requirement.operator {
            case .in, .notIn:
                if values.isEmpty {
                    errors.append(
                        .required(
                            itemPath.appending("values"),
                            "must be specified when `operator` is 'In' or 'NotIn'"))
                }
            case .exists, .doesNotExist:
                if !values.isEmpty {
                    errors.append(
                        .forbidden(
                            itemPath.appending("values"),
                            "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"))
                }
            }
            errors += NameRules.qualifiedName(requirement.key).map {
                .invalid(itemPath.appending("key"), requirement.key, $0)
            }
        }
        errors += labels(selector.matchLabels, path: path.appending("matchLabels"))
        return errors
    }

    /// `app=web,tier=front`: a map printed in a stable order for messages.
    static func describe(_ labels: [String: String]) -> String {
        labels.keys.sorted().map { "\($0)=\(labels[$0] ?? "")" }.joined(separator: ",")
    }
}
