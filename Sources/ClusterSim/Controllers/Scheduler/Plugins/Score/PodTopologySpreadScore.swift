import Foundation
import KubeModel

/// ScheduleAnyway topology spread constraints: prefer domains with fewer matching pods
/// (pkg/scheduler/framework/plugins/podtopologyspread/scoring.go).
final class PodTopologySpreadScore: ScorePlugin {
    let weight: Int64 = 2
    /// A node without every topology key is ignored: it scores 0.
    static let ignored: Int64 = -1
    private var constraints: [SpreadConstraint] = []
    private var counts: [[String: Int]] = []
    private var topologyWeights: [Double] = []

    func preScore(_ cycle: SchedulingCycle, _ nodes: [NodeInfo]) -> Bool {
        constraints = SpreadConstraint.of(cycle.pod, action: .scheduleAnyway)
        guard !constraints.isEmpty else { return false }
        counts = Array(repeating: [:], count: constraints.count)
        for node in cycle.cache.nodeList {
            guard constraints.allSatisfy({ node.labels[$0.topologyKey] != nil }) else { continue }
            for (index, constraint) in constraints.enumerated() {
                guard constraint.includes(node, cycle),
                    let value = node.labels[constraint.topologyKey]
                else { continue }
                counts[index][value, default: 0] += TopologySpreadState.matchingPods(
                    on: node, constraint, cycle)
            }
        }
        // Upstream `topologyNormalizingWeight`: log(domains + 2).
        topologyWeights = counts.map { log(Double($0.count + 2)) }
        return true
    }

    func score(_ cycle: SchedulingCycle, _ node: NodeInfo) -> Int64 {
        guard constraints.allSatisfy({ node.labels[$0.topologyKey] != nil }) else {
            return Self.ignored
        }
        var total = 0.0
        for (index, constraint) in constraints.enumerated() {
            guard let value = node.labels[constraint.topologyKey] else { continue }
            let count = Double(counts[index][value] ?? 0)
            total += count * topologyWeights[index] + Double(constraint.maxSkew - 1)
        }
        return Int64(total.rounded())
    }

    func normalize(_ scores: inout [Int64]) {
        let considered = scores.filter { $0 != Self.ignored }
        let lowest = considered.min() ?? 0
        let highest = considered.max() ?? 0
        for index in scores.indices {
            if scores[index] == Self.ignored {
                scores[index] = 0
            } else if highest == 0 {
                scores[index] = maxNodeScore
            } else {
                scores[index] = maxNodeScore * (highest + lowest - scores[index]) / highest
            }
        }
    }
}
