import KubeModel

/// One node group that could help pending pods (upstream `expander.Option`): how many new
/// nodes the binpacking estimator needs, and the pods they would take.
struct ScaleUpOption {
    let group: NodeGroupState
    var nodeCount: Int
    var pods: [ObjectKey]
    /// Requests left idle on the new nodes after placing the pods (least-waste).
    var wastedFraction: Double
}
