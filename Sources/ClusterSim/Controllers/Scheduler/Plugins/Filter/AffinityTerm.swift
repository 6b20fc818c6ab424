import KubeModel

/// A pod (anti-)affinity term with its namespaces and selector resolved against the pod that
/// declares it (pkg/scheduler/framework/types.go `AffinityTerm`).
struct AffinityTerm {
    let topologyKey: String
    /// Nil: the term matches no pod (a nil `labelSelector`).
    let selector: LabelSelector?
    let namespaces: [String]
    /// Nil: no namespace selector; empty selector: every namespace.
    let namespaceSelector: LabelSelector?
    let weight: Int

    init(_ term: PodAffinityTerm, owner namespace: String, labels: [String: String], weight: Int) {
        topologyKey = term.topologyKey
        var selector = term.labelSelector
        if var resolved = selector {
            var expressions = resolved.matchExpressions ?? []
            for key in term.matchLabelKeys ?? [] {
                guard let value = labels[key] else { continue }
                expressions.append(
                    LabelSelectorRequirement(key: key, operator: .in, values: [value]))
            }
            for key in term.mismatchLabelKeys ?? [] {
                guard let value = labels[key] else { continue }
                expressions.append(
                    LabelSelectorRequirement(key: key, operator: .notIn, values: [value]))
            }
            if !expressions.isEmpty { resolved.matchExpressions = expressions }
            selector = resolved
        }
        self.selector = selector
        let listed = term.namespaces ?? []
        namespaces = listed.isEmpty && term.namespaceSelector == nil ? [namespace] : listed
        namespaceSelector = term.namespaceSelector
        self.weight = weight
    }

    /// Whether a pod in `namespace` with `labels` is one the term is about.
    func matches(namespace: String, labels: [String: String], in cluster: Cluster) -> Bool {
        guard let selector, selector.matches(labels) else { return false }
        if namespaces.contains(namespace) { return true }
        guard let namespaceSelector else { return false }
        if namespaceSelector.isEmpty { return true }
        let namespaceLabels =
            cluster.get(Namespace.self, namespace, namespace: "")?
            .metadata.labels ?? [:]
        return namespaceSelector.matches(namespaceLabels)
    }

    static func required(_ affinity: PodAffinity?, _ namespace: String, _ labels: [String: String])
        -> [AffinityTerm]
    {
        (affinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []).map {
            AffinityTerm($0, owner: namespace, labels: labels, weight: 1)
        }
    }

    static func preferred(
        _ affinity: PodAffinity?, _ namespace: String, _ labels: [String: String]
    ) -> [AffinityTerm] {
        (affinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []).map {
            AffinityTerm($0.podAffinityTerm, owner: namespace, labels: labels, weight: $0.weight)
        }
    }
}

/// A topology domain: a label key and one of its values.
struct TopologyPair: Hashable {
    let key: String
    let value: String
}
