import KubeModel

/// DoNotSchedule topology spread constraints: placing the pod must not make any domain exceed
/// the emptiest one by more than `maxSkew`
/// (pkg/scheduler/framework/plugins/podtopologyspread/filtering.go).
struct PodTopologySpread: FilterPlugin {
    let plugin = SchedulerPlugin.podTopologySpread
    static let reason = "node(s) didn't match pod topology spread constraints"
    static let missingLabelReason = reason + " (missing required label)"

    func preFilter(_ cycle: SchedulingCycle) -> PreFilterOutcome {
        let constraints = SpreadConstraint.of(cycle.pod, action: .doNotSchedule)
        guard !constraints.isEmpty else { return .skip }
        cycle.topologySpread = TopologySpreadState(constraints, cycle: cycle)
        return .proceed
    }

    func filter(_ cycle: SchedulingCycle, _ node: NodeInfo) -> FilterFailure? {
        guard let state = cycle.topologySpread else { return nil }
        for (index, constraint) in state.constraints.enumerated() {
            guard let value = node.labels[constraint.topologyKey] else {
                return FilterFailure(plugin, Self.missingLabelReason, unresolvable: true)
            }
            let selfMatch = constraint.selector.matches(cycle.labels) ? 1 : 0
            let skew = (state.counts[index][value] ?? 0) + selfMatch - state.minimums[index]
            if skew > constraint.maxSkew {
                return FilterFailure(plugin, Self.reason, unresolvable: false)
            }
        }
        return nil
    }
}

/// One topology spread constraint with its selector resolved (`matchLabelKeys` merged in).
struct SpreadConstraint {
    let maxSkew: Int
    let topologyKey: String
    let selector: LabelSelector
    let minDomains: Int
    let honorsNodeAffinity: Bool
    let honorsTaints: Bool

    static func of(_ pod: Pod, action: UnsatisfiableConstraintAction) -> [SpreadConstraint] {
        let labels = pod.metadata.labels ?? [:]
        return (pod.spec.topologySpreadConstraints ?? []).compactMap { constraint in
            guard constraint.whenUnsatisfiable == action else { return nil }
            var selector = constraint.labelSelector ?? LabelSelector(matchExpressions: [])
            for key in constraint.matchLabelKeys ?? [] {
                guard let value = labels[key] else { continue }
                selector.matchExpressions =
                    (selector.matchExpressions ?? [])
                    + [LabelSelectorRequirement(key: key, operator: .in, values: [value])]
            }
            // A constraint without a selector matches no pod (upstream `labels.Nothing()`).
            if constraint.labelSelector == nil {
                selector = LabelSelector(
                    matchExpressions: [LabelSelectorRequirement(key: "", operator: .in)])
            }
            return SpreadConstraint(
                maxSkew: constraint.maxSkew, topologyKey: constraint.topologyKey,
                selector: selector, minDomains: constraint.minDomains ?? 1,
                honorsNodeAffinity: constraint.nodeAffinityPolicy != .ignore,
                honorsTaints: constraint.nodeTaintsPolicy == .honor)
        }
    }

    /// Whether the node counts as a domain member for this pod (node inclusion policies).
    func includes(_ node: NodeInfo, _ cycle: SchedulingCycle) -> Bool {
        if honorsNodeAffinity,
            !cycle.matchesNodeSelectorAndAffinity(node.labels, nodeName: node.name)
        {
            return false
        }
        if honorsTaints {
            for taint in node.taints where taint.effect != .preferNoSchedule {
                if !cycle.tolerations.contains(where: { $0.tolerates(taint) }) { return false }
            }
        }
        return true
    }
}

/// Matching pods per topology domain, for each constraint (upstream `preFilterState`).
struct TopologySpreadState {
    let constraints: [SpreadConstraint]
    /// Per constraint: domain value → matching pods in it.
    var counts: [[String: Int]]
    /// Per constraint: the smallest count over the domains (0 below `minDomains` domains).
    var minimums: [Int]

    init(_ constraints: [SpreadConstraint], cycle: SchedulingCycle) {
        self.constraints = constraints
        counts = Array(repeating: [:], count: constraints.count)
        for node in cycle.cache.nodeList {
            guard constraints.allSatisfy({ node.labels[$0.topologyKey] != nil }) else { continue }
            for (index, constraint) in constraints.enumerated() {
                guard constraint.includes(node, cycle),
                    let value = node.labels[constraint.topologyKey]
                else { continue }
                let matching = Self.matchingPods(on: node, constraint, cycle)
                counts[index][value, default: 0] += matching
            }
        }
        minimums = zip(constraints, counts).map { constraint, domains in
            domains.count < constraint.minDomains ? 0 : (domains.values.min() ?? 0)
        }
    }

    static func matchingPods(
        on node: NodeInfo, _ constraint: SpreadConstraint, _ cycle: SchedulingCycle
    ) -> Int {
        var count = 0
        for key in node.pods {
            guard let pod = cycle.cache.pods[key], !pod.terminating,
                pod.namespace == cycle.namespace, constraint.selector.matches(pod.labels)
            else { continue }
            count += 1
        }
        return count
    }
}
