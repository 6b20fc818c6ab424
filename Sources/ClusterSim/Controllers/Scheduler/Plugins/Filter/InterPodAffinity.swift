import KubeModel

/// Required pod affinity and anti-affinity, both the incoming pod's and the anti-affinity of
/// pods already placed, checked in that order (pkg/scheduler/framework/plugins/interpodaffinity/filtering.go).
struct InterPodAffinity: FilterPlugin {
    let plugin = SchedulerPlugin.interPodAffinity
    static let existingAntiAffinityReason =
        "node(s) didn't satisfy existing pods anti-affinity rules"
    static let affinityReason = "node(s) didn't match pod affinity rules"
    static let antiAffinityReason = "node(s) didn't match pod anti-affinity rules"

    func preFilter(_ cycle: SchedulingCycle) -> PreFilterOutcome {
        let state = InterPodAffinityState(cycle)
        guard !state.isEmpty else { return .skip }
        cycle.podAffinity = state
        return .proceed
    }

    func filter(_ cycle: SchedulingCycle, _ node: NodeInfo) -> FilterFailure? {
        guard let state = cycle.podAffinity else { return nil }
        if !state.satisfiesAffinity(node, podLabels: cycle.labels, cycle: cycle) {
            return FilterFailure(plugin, Self.affinityReason, unresolvable: true)
        }
        for term in state.antiAffinityTerms {
            guard let value = node.labels[term.topologyKey] else { continue }
            if state.antiAffinityCounts[TopologyPair(key: term.topologyKey, value: value)] ?? 0 > 0
            {
                return FilterFailure(plugin, Self.antiAffinityReason, unresolvable: false)
            }
        }
        for pair in state.existingAntiAffinity.keys {
            if node.labels[pair.key] == pair.value {
                return FilterFailure(plugin, Self.existingAntiAffinityReason, unresolvable: false)
            }
        }
        return nil
    }
}

/// Pods matching each term, per topology domain (upstream `preFilterState`).
struct InterPodAffinityState {
    var affinityTerms: [AffinityTerm] = []
    var antiAffinityTerms: [AffinityTerm] = []
    /// Domains where an existing pod's required anti-affinity forbids the incoming pod.
    var existingAntiAffinity: [TopologyPair: Int] = [:]
    var affinityCounts: [TopologyPair: Int] = [:]
    var antiAffinityCounts: [TopologyPair: Int] = [:]

    var isEmpty: Bool {
        affinityTerms.isEmpty && antiAffinityTerms.isEmpty && existingAntiAffinity.isEmpty
    }

    init(_ cycle: SchedulingCycle) {
        let affinity = cycle.pod.spec.affinity
        affinityTerms = AffinityTerm.required(affinity?.podAffinity, cycle.namespace, cycle.labels)
        antiAffinityTerms = AffinityTerm.required(
            affinity?.podAntiAffinity, cycle.namespace, cycle.labels)
        let cache = cycle.cache
        for key in cache.podsWithAffinity {
            guard let existing = cache.pods[key], existing.key != cycle.key,
                let node = cache.info(existing.nodeName)
            else { continue }
            let terms = AffinityTerm.required(
                existing.affinity?.podAntiAffinity, existing.namespace, existing.labels)
            for term in terms
            where term.matches(
                namespace: cycle.namespace, labels: cycle.labels, in: cycle.cluster)
            {
                guard let value = node.labels[term.topologyKey] else { continue }
                existingAntiAffinity[
                    TopologyPair(key: term.topologyKey, value: value), default: 0] +=
                    1
            }
        }
        guard !affinityTerms.isEmpty || !antiAffinityTerms.isEmpty else { return }
        for node in cache.nodeList {
            for key in node.pods {
                guard let existing = cache.pods[key], existing.key != cycle.key else { continue }
                Self.count(existing, on: node, affinityTerms, into: &affinityCounts, cycle)
                Self.count(existing, on: node, antiAffinityTerms, into: &antiAffinityCounts, cycle)
            }
        }
    }

    private static func count(
        _ pod: CachedPod, on node: NodeInfo, _ terms: [AffinityTerm],
        into counts: inout [TopologyPair: Int], _ cycle: SchedulingCycle
    ) {
        for term in terms
        where term.matches(namespace: pod.namespace, labels: pod.labels, in: cycle.cluster) {
            guard let value = node.labels[term.topologyKey] else { continue }
            counts[TopologyPair(key: term.topologyKey, value: value), default: 0] += 1
        }
    }

    /// Upstream `satisfyPodAffinity`: every term has a matching pod in the node's domain, or
    /// no pod matches anywhere and the pod matches its own terms (the first of a group).
    func satisfiesAffinity(
        _ node: NodeInfo, podLabels: [String: String], cycle: SchedulingCycle
    ) -> Bool {
        var podsExist = true
        for term in affinityTerms {
            guard let value = node.labels[term.topologyKey] else { return false }
            if affinityCounts[TopologyPair(key: term.topologyKey, value: value)] ?? 0 <= 0 {
                podsExist = false
            }
        }
        if podsExist { return true }
        return affinityCounts.isEmpty
            && affinityTerms.allSatisfy {
                $0.matches(namespace: cycle.namespace, labels: podLabels, in: cycle.cluster)
            }
    }
}
