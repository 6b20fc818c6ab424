/// The largest score a plugin gives a node (upstream `framework.MaxNodeScore`).
let maxNodeScore: Int64 = 100

/// A score plugin: PreScore once per attempt, Score per feasible node, then NormalizeScore over
/// all of them; the result is multiplied by the plugin's weight in the default profile.
protocol ScorePlugin {
    var weight: Int64 { get }
    /// False when the plugin has nothing to say about this pod (upstream PreScore `Skip`).
    func preScore(_ cycle: SchedulingCycle, _ nodes: [NodeInfo]) -> Bool
    func score(_ cycle: SchedulingCycle, _ node: NodeInfo) -> Int64
    func normalize(_ scores: inout [Int64])
}

extension ScorePlugin {
    func preScore(_ cycle: SchedulingCycle, _ nodes: [NodeInfo]) -> Bool { true }
    func normalize(_ scores: inout [Int64]) {}
}

/// Upstream `helper.DefaultNormalizeScore`: scale to 0...100 by the largest score, reversed
/// for plugins where fewer is better.
func defaultNormalize(_ scores: inout [Int64], reverse: Bool) {
    let highest = scores.max() ?? 0
    if highest == 0 {
        if reverse { for index in scores.indices { scores[index] = maxNodeScore } }
        return
    }
    for index in scores.indices {
        let scaled = maxNodeScore * scores[index] / highest
        scores[index] = reverse ? maxNodeScore - scaled : scaled
    }
}
