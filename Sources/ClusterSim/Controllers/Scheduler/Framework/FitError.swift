import KubeModel

/// Why a pod fits no node, worded as upstream's `FitError.Error()`
/// (pkg/scheduler/framework/types.go) followed by DefaultPreemption's PostFilter message
/// (pkg/scheduler/framework/preemption/preemption.go): reasons counted over nodes, each as
/// "<count> <reason>", sorted as strings and joined with ", ".
struct FitError {
    let numAllNodes: Int
    /// Set when a PreFilter plugin rejected the pod before any node was tried.
    let preFilterFailure: FilterFailure?
    let nodeFailures: [FilterFailure]

    /// The plugins that rejected the pod: the cluster events that may help depend on them.
    var rejectedBy: PluginSet {
        if let preFilterFailure { return PluginSet(preFilterFailure.plugin) }
        return nodeFailures.reduce(into: PluginSet()) { $0.insert(PluginSet($1.plugin)) }
    }

    var message: String {
        var message = "0/\(numAllNodes) nodes are available:"
        if let preFilterFailure {
            message += " \(preFilterFailure.reasons.joined(separator: ", "))."
        } else {
            message += " \(Self.histogram(nodeFailures.flatMap(\.reasons)))."
        }
        return message + " preemption: " + preemptionMessage
    }

    /// No preemption is simulated: a node rejected for a reason preemption cannot remove is
    /// "not helpful"; any other has no lower-priority victims (every pod has priority 0).
    private var preemptionMessage: String {
        let outcomes: [String]
        if let preFilterFailure, preFilterFailure.unresolvable {
            outcomes = Array(repeating: Self.notHelpful, count: numAllNodes)
        } else {
            outcomes = nodeFailures.map { $0.unresolvable ? Self.notHelpful : Self.noVictims }
        }
        return "0/\(numAllNodes) nodes are available: \(Self.histogram(outcomes))."
    }

    static let notHelpful = "Preemption is not helpful for scheduling"
    static let noVictims = "No preemption victims found for incoming pod"

    private static func histogram(_ reasons: [String]) -> String {
        var counts: [String: Int] = [:]
        for reason in reasons { counts[reason, default: 0] += 1 }
        return counts.map { "\($0.value) \($0.key)" }.sorted().joined(separator: ", ")
    }
}
