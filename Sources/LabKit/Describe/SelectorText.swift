import KubeModel

/// Label selectors as kubectl prints them (apimachinery `labels.Selector.String`,
/// `labels.FormatLabels`).
enum SelectorText {
    /// `app=web,tier in (a,b)`: requirements sorted by key.
    static func selector(_ selector: LabelSelector) -> String {
        var requirements: [(key: String, text: String)] = []
        for (key, value) in selector.matchLabels ?? [:] {
            requirements.append((key, "\(key)=\(value)"))
        }
        for expression in selector.matchExpressions ?? [] {
            let values = (expression.values ?? []).sorted().joined(separator: ",")
            let text: String
            switch expression.operator {
            case .in: text = "\(expression.key) in (\(values))"
            case .notIn: text = "\(expression.key) notin (\(values))"
            case .exists: text = expression.key
            case .doesNotExist: text = "!\(expression.key)"
            }
            requirements.append((expression.key, text))
        }
        // An empty selector selects everything and prints as nothing.
        guard !requirements.isEmpty else { return "" }
        return requirements.sorted { $0.key < $1.key }.map(\.text).joined(separator: ",")
    }

    /// `metav1.FormatLabelSelector`: as `selector`, but an empty selector prints as `<none>`.
    static func formatted(_ selector: LabelSelector) -> String {
        let text = self.selector(selector)
        return text.isEmpty ? "<none>" : text
    }

    /// A plain label map: `app=web,tier=front`, sorted; `<none>` when empty.
    static func labels(_ labels: [String: String]?) -> String {
        let pairs = (labels ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return pairs.isEmpty ? "<none>" : pairs.joined(separator: ",")
    }
}
