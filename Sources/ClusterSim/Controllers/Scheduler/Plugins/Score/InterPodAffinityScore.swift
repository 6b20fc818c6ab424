import KubeModel

/// Preferred pod affinity (+weight) and anti-affinity (−weight), the incoming pod's terms and
/// those of pods already placed that match it; existing pods' required affinity counts with
/// weight 1 (pkg/scheduler/framework/plugins/interpodaffinity/scoring.go).
final class InterPodAffinityScore: ScorePlugin {
    let weight: Int64 = 2
    /// Upstream `hardPodAffinityWeight` default.
    private let hardPodAffinityWeight = 1
    private var topologyScore: [TopologyPair: Int64] = [:]
    private var topologyKeys: [String] = []

    func preScore(_ cycle: SchedulingCycle, _ nodes: [NodeInfo]) -> Bool {
        topologyScore = [:]
        topologyKeys = []
        let affinity = cycle.pod.spec.affinity
        let own =
            AffinityTerm.preferred(affinity?.podAffinity, cycle.namespace, cycle.labels)
            .map { ($0, 1) }
            + AffinityTerm.preferred(affinity?.podAntiAffinity, cycle.namespace, cycle.labels)
            .map { ($0, -1) }
        let cache = cycle.cache
        guard !own.isEmpty || !cache.podsWithAffinity.isEmpty else { return false }
        if !own.isEmpty {
            for node in cache.nodeList {
                for key in node.pods {
                    guard let existing = cache.pods[key], existing.key != cycle.key else {
                        continue
                    }
                    for (term, sign) in own
                    where term.matches(
                        namespace: existing.namespace, labels: existing.labels, in: cycle.cluster)
                    {
                        add(term, sign * term.weight, node)
                    }
                }
            }
        }
        for key in cache.podsWithAffinity {
            guard let existing = cache.pods[key], existing.key != cycle.key,
                let node = cache.info(existing.nodeName)
            else { continue }
            let affinity = existing.affinity
            let terms =
                AffinityTerm.preferred(affinity?.podAffinity, existing.namespace, existing.labels)
                .map { ($0, $0.weight) }
                + AffinityTerm.preferred(
                    affinity?.podAntiAffinity, existing.namespace, existing.labels
                ).map { ($0, -$0.weight) }
                + AffinityTerm.required(affinity?.podAffinity, existing.namespace, existing.labels)
                .map { ($0, hardPodAffinityWeight) }
            for (term, amount) in terms
            where term.matches(namespace: cycle.namespace, labels: cycle.labels, in: cycle.cluster)
            {
                add(term, amount, node)
            }
        }
        return !topologyScore.isEmpty
    }

    private func add(_ term: AffinityTerm, _ amount: Int, _ node: NodeInfo) {
        guard amount != 0, let value = node.labels[term.topologyKey] else { return }
        if !topologyKeys.contains(term.topologyKey) { topologyKeys.append(term.topologyKey) }
        topologyScore[TopologyPair(key: term.topologyKey, value: value), default: 0] +=
            Int64(amount)
    }

    func score(_ cycle: SchedulingCycle, _ node: NodeInfo) -> Int64 {
        topologyKeys.reduce(0) { total, key in
            guard let value = node.labels[key] else { return total }
            return total + (topologyScore[TopologyPair(key: key, value: value)] ?? 0)
        }
    }

    func normalize(_ scores: inout [Int64]) {
        let lowest = scores.min() ?? 0
        let difference = (scores.max() ?? 0) - lowest
        for index in scores.indices {
            scores[index] =
                difference > 0
                ? Int64(Double(maxNodeScore) * Double(scores[index] - lowest) / Double(difference))
                : 0
        }
    }
}
