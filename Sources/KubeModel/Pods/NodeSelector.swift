/// Required node-affinity terms; a node matches when any term matches (terms are ORed).
public struct NodeSelector: Codable, Sendable, Hashable {
    public var nodeSelectorTerms: [NodeSelectorTerm]

    public init(nodeSelectorTerms: [NodeSelectorTerm]) {
        self.nodeSelectorTerms = nodeSelectorTerms
    }

    public func matches(nodeLabels: [String: String], nodeName: String? = nil) -> Bool {
        nodeSelectorTerms.contains { $0.matches(nodeLabels: nodeLabels, nodeName: nodeName) }
    }
}

/// Requirements on node labels and fields (ANDed).
///
/// `matchFields` supports the one field upstream does, `metadata.name` (DaemonSet pods are pinned
/// to their node with it).
public struct NodeSelectorTerm: Codable, Sendable, Hashable {
    public var matchExpressions: [NodeSelectorRequirement]?
    public var matchFields: [NodeSelectorRequirement]?

    public init(
        matchExpressions: [NodeSelectorRequirement]? = nil,
        matchFields: [NodeSelectorRequirement]? = nil
    ) {
        self.matchExpressions = matchExpressions
        self.matchFields = matchFields
    }

    /// An empty term matches no node, as upstream `nodeaffinity` treats it.
    public func matches(nodeLabels: [String: String], nodeName: String? = nil) -> Bool {
        let expressions = matchExpressions ?? []
        let fields = matchFields ?? []
        guard !expressions.isEmpty || !fields.isEmpty else { return false }
        let nodeFields = nodeName.map { ["metadata.name": $0] } ?? [:]
        return expressions.allSatisfy { $0.matches(nodeLabels) }
            && fields.allSatisfy { $0.matches(nodeFields) }
    }
}

public struct NodeSelectorRequirement: Codable, Sendable, Hashable {
    public var key: String
    public var `operator`: NodeSelectorOperator
    public var values: [String]?

    public init(key: String, operator: NodeSelectorOperator, values: [String]? = nil) {
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
        case .gt, .lt:
            guard let present, let actual = Int(present), values.count == 1,
                let bound = Int(values[0])
            else { return false }
            return `operator` == .gt ? actual > bound : actual < bound
        }
    }
}

public enum NodeSelectorOperator: String, KubeEnum {
    case `in` = "In"
    case notIn = "NotIn"
    case exists = "Exists"
    case doesNotExist = "DoesNotExist"
    case gt = "Gt"
    case lt = "Lt"
}
