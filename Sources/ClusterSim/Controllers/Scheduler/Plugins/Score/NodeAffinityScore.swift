import KubeModel

/// Preferred node affinity: the weights of the terms a node matches
/// (pkg/scheduler/framework/plugins/nodeaffinity/node_affinity.go `Score`).
final class NodeAffinityScore: ScorePlugin {
    let weight: Int64 = 2
    private var terms: [PreferredSchedulingTerm] = []

    func preScore(_ cycle: SchedulingCycle, _ nodes: [NodeInfo]) -> Bool {
        terms =
            cycle.pod.spec.affinity?.nodeAffinity?
            .preferredDuringSchedulingIgnoredDuringExecution ?? []
        return !terms.isEmpty
    }

    func score(_ cycle: SchedulingCycle, _ node: NodeInfo) -> Int64 {
        terms.reduce(0) { total, term in
            term.weight != 0
                && term.preference.matches(nodeLabels: node.labels, nodeName: node.name)
                ? total + Int64(term.weight) : total
        }
    }

    func normalize(_ scores: inout [Int64]) {
        defaultNormalize(&scores, reverse: false)
    }
}
