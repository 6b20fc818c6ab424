public import KubeModel

/// What the API server refuses to change once an object exists, in its words (the
/// `ValidateXUpdate` functions of pkg/apis/*/validation): a re-applied manifest that changes a
/// workload's selector, a StatefulSet's fixed fields or a Service's cluster IP is rejected
/// with 422 and nothing is written.
extension APIError {
    /// `The Deployment "web" is invalid: spec.selector: ...`, as kubectl prints a 422.
    static func invalid(_ kind: String, _ name: String, _ cause: String) -> APIError {
        var error = APIError(
            code: 422, reason: .invalid, message: "\(kind) \"\(name)\" is invalid: \(cause)")
        error.kubectlText = "The \(error.message)"
        return error
    }

    /// `field is immutable`, with the new value as Go's `%#v` prints a label selector.
    static func immutableSelector(_ kind: String, _ name: String, _ selector: LabelSelector?)
        -> APIError
    {
        invalid(
            kind, name,
            "spec.selector: Invalid value: \(GoSyntax.selector(selector)): field is immutable")
    }
}

extension StoredKind {
    /// The refusal of an update from `old`, or nil (apps/v1 selectors are immutable).
    func immutableSelectorRefusal(_ new: LabelSelector?, old: LabelSelector?) -> APIError? {
        guard new != old else { return nil }
        return .immutableSelector(Self.kind, metadata.name ?? "", new)
    }
}

/// Go's `%#v` of the values the API server quotes in validation errors.
enum GoSyntax {
    static func selector(_ selector: LabelSelector?) -> String {
        guard let selector else { return "(*v1.LabelSelector)(nil)" }
        let labels = selector.matchLabels.map(stringMap) ?? "map[string]string(nil)"
        let expressions =
            selector.matchExpressions.map { list in
                "[]v1.LabelSelectorRequirement{"
                    + list.map(requirement).joined(separator: ", ") + "}"
            } ?? "[]v1.LabelSelectorRequirement(nil)"
        return "v1.LabelSelector{MatchLabels:\(labels), MatchExpressions:\(expressions)}"
    }

    static func strings(_ values: [String]?) -> String {
        guard let values else { return "[]string(nil)" }
        return "[]string{" + values.map { "\"\($0)\"" }.joined(separator: ", ") + "}"
    }

    /// Map keys sorted, as `fmt` prints maps.
    private static func stringMap(_ map: [String: String]) -> String {
        "map[string]string{"
            + map.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\"\($0.value)\"" }
            .joined(separator: ", ") + "}"
    }

    private static func requirement(_ requirement: LabelSelectorRequirement) -> String {
        "v1.LabelSelectorRequirement{Key:\"\(requirement.key)\", "
            + "Operator:\"\(requirement.operator.rawValue)\", Values:\(strings(requirement.values))}"
    }
}
