/// A running version update (EKS managed node group "update behavior") or a blue/green
/// migration out of the group.
struct NodeGroupUpgrade {
    enum Phase {
        /// Waiting for the surge node to register Ready.
        case waitingForSurge
        /// Draining one old node.
        case draining(String)
        /// Between rounds.
        case idle
    }

    var updateIndex: Int
    var targetVersion: String
    var force: Bool
    var phase: Phase = .idle
}
