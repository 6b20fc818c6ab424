/// Selects objects by their labels (`metav1.LabelSelector`).
///
/// The requirements are ANDed. An empty selector matches everything, as upstream
/// `LabelSelectorAsSelector` makes it; workload validation rejects empty ones separately.
public struct LabelSelector: Codable, Sendable, Hashable {
    public var matchLabels: [String: String]?
    public var matchExpressions: [LabelSelectorRequirement]?

    public init(
        matchLabels: [String: String]? = nil,
        matchExpressions: [LabelSelectorRequirement]? = nil
    ) {
        self.matchLabels = matchLabels
        self.matchExpressions = matchExpressions
    }

    /// True when the selector has no requirement at all.
    public var isEmpty: Bool {
        (matchLabels ?? [:]).isEmpty && (matchExpressions ?? []).isEmpty
    }

    public func matches(_ labels: [String: String]) -> Bool {
        for (key, value) in matchLabels ?? [:] where labels[key] != value {
            return false
        }
        return (matchExpressions ?? []).allSatisfy { $0.matches(labels) }
    }
}

/// One `matchExpressions` entry.
public struct LabelSelectorRequirement: Codable, Sendable, Hashable {
    public var key: String
    public var `operator`: LabelSelectorOperator
    public var values: [String]?

    public init(key: String, operator: LabelSelectorOperator, values: [String]? = nil) {
        self.key = key
        self.operator = `operator`
        self.values = values
    }

    public func matches(_ labels: [String: String]) -> Bool {
        let present = labels[key]
        let values = values ?? []
        switch `operator` {
        case .in: return present.map(values.contains) ?? false
        case .notIn: return present.map { !values.contains($0) } ?? true
        case .exists: return present != nil
        case .doesNotExist: return present == nil
        }
    }
}

public enum LabelSelectorOperator: String, KubeEnum {
    case `in` = "In"
    case notIn = "NotIn"
    case exists = "Exists"
    case doesNotExist = "DoesNotExist"
}
