import KubeModel

/// `nodeSelector` and required node affinity
/// (pkg/scheduler/framework/plugins/nodeaffinity/node_affinity.go).
struct NodeAffinityFilter: FilterPlugin {
    let plugin = SchedulerPlugin.nodeAffinity
    static let reason = "node(s) didn't match Pod's node affinity/selector"

    static let conflictReason = "pod affinity terms conflict"

    func preFilter(_ cycle: SchedulingCycle) -> PreFilterOutcome {
        let spec = cycle.pod.spec
        let required = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution
        if let names = Self.nodeNames(required), names.isEmpty {
            return .reject(FilterFailure(plugin, Self.conflictReason, unresolvable: true))
        }
        return (spec.nodeSelector ?? [:]).isEmpty && required == nil ? .skip : .proceed
    }

    /// Upstream's PreFilterResult: the only nodes worth filtering, or nil for all of them.
    ///
    /// When every term names nodes (`matchFields metadata.name In`, as a DaemonSet pins its
    /// pods), only those are filtered. Within a term the names are intersected (ANDed
    /// requirements), across terms united.
    static func nodeNames(_ required: NodeSelector?) -> Set<String>? {
        guard let terms = required?.nodeSelectorTerms else { return nil }
        var names: Set<String> = []
        for term in terms {
            var termNames: Set<String>?
            for field in term.matchFields ?? []
            where field.key == "metadata.name" && field.operator == .in {
                let values = Set(field.values ?? [])
                termNames = termNames.map { $0.intersection(values) } ?? values
            }
            guard let termNames else { return nil }
            names.formUnion(termNames)
        }
        return names
    }

    func filter(_ cycle: SchedulingCycle, _ node: NodeInfo) -> FilterFailure? {
        cycle.matchesNodeSelectorAndAffinity(node.labels, nodeName: node.name)
            ? nil : FilterFailure(plugin, Self.reason, unresolvable: true)
    }
}
