public import KubeModel
import OrderedCollections

/// The AWS side of EKS managed node groups: each group's Auto Scaling group (launching
/// instances into the least-used zone, terminating them on scale-in), EKS's node drain before
/// termination, version updates, and the control plane's version.
///
/// Registered by `Cluster.standard`, or on first use by `createNodeGroup`.
public final class NodeGroupController: Controller {
    public let name = NodeGroupController.componentName
    /// The event source for node group activity.
    public static let componentName = "eks-nodegroup"
    /// Kind used for events about a node group (a node group is no Kubernetes object).
    static let eventKind = "Nodegroup"

    var groups = OrderedDictionary<String, NodeGroupState>()
    /// Set by `upgradeControlPlane`; the configuration's version until then.
    var controlPlaneVersion: String?
    /// Zones in order of first use: a zone's index picks its subnet (`10.0.<32·i>.0/19`).
    var zoneIndex = OrderedDictionary<String, Int>()
    var addressesUsed: [String: Int] = [:]
    var instanceCounter = 0
    var updateCounter = 0

    public init() {}

    /// Forgets a group's node deleted by someone else (`kubectl delete node`).
    public func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        guard change.verb == .deleted, case .node(let node) = change.resource,
            let group = node.metadata.labels?[NodeGroupLabels.nodegroup],
            let state = groups[group], let name = node.metadata.name
        else { return [] }
        if state.nodes.removeValue(forKey: name) != nil {
            state.terminating.remove(name)
            cluster.schedule(after: .zero) { [weak self] cluster in
                self?.reconcile(state, in: cluster)
            }
        }
        return []
    }

    public func sync(_ key: ObjectKey, in cluster: Cluster) {}

    /// Records a line in the group's activity and, with a timeline, an event.
    func note(
        _ state: NodeGroupState, _ reason: String, _ message: String, in cluster: Cluster,
        warning: Bool = false
    ) {
        state.activity.append("\(cluster.now) \(reason): \(message)")
        cluster.record(
            warning ? .warning : .normal, reason, message,
            about: ObjectKey(kind: Self.eventKind, namespace: "", name: state.name), from: name)
    }
}

extension Cluster {
    /// The node group controller, registered now if it was not.
    var nodeGroupController: NodeGroupController {
        if let existing = registeredNodeGroupController { return existing }
        let controller = NodeGroupController()
        register(controller)
        return controller
    }

    var registeredNodeGroupController: NodeGroupController? {
        registered(NodeGroupController.self)
    }
}
