import KubeModel
import OrderedCollections

/// One node group's live state, as its Auto Scaling group and EKS hold it.
final class NodeGroupState {
    let name: String
    var spec: NodeGroupSpec
    var status: NodeGroup.Status = .creating
    var minSize: Int
    var maxSize: Int
    var desiredSize: Int
    /// The version the group reports.
    var version: String
    /// The version new instances boot with (the launch template's AMI): `version`, or the
    /// target of a running version update.
    var launchVersion: String
    /// Registered nodes, in join order, with the version each runs and its zone.
    var nodes = OrderedDictionary<String, InstanceInfo>()
    /// Launched instances not yet registered.
    var launching = OrderedDictionary<String, InstanceInfo>()
    /// Nodes being drained before their instance is terminated.
    var terminating = OrderedSet<String>()
    var updates: [NodeGroupUpdate] = []
    var activity: [String] = []
    /// The running version update or blue/green migration, if any.
    var upgrade: NodeGroupUpgrade?
    /// Called once per registered node (upgrade rounds wait on it).
    var onNodeJoined: ((Cluster, String) -> Void)?

    struct InstanceInfo {
        var zone: String
        var version: String
        var launchedAt: VirtualTime
    }

    init(spec: NodeGroupSpec, version: String) {
        self.name = spec.name
        self.spec = spec
        self.minSize = spec.effectiveMinSize
        self.maxSize = spec.effectiveMaxSize
        self.desiredSize = spec.effectiveDesiredSize
        self.version = version
        self.launchVersion = version
    }

    /// Instances the Auto Scaling group counts toward desired: launching or registered, less
    /// those already on their way out.
    var inService: Int { nodes.count + launching.count - terminating.count }

    var snapshot: NodeGroup {
        NodeGroup(
            name: name, spec: spec, status: status, minSize: minSize, maxSize: maxSize,
            desiredSize: desiredSize, version: version, nodes: Array(nodes.keys),
            launchingNodes: Array(launching.keys), terminatingNodes: Array(terminating),
            updates: updates, activity: activity)
    }

    /// Instances per zone (launching ones included), for Auto Scaling's zone balancing.
    func count(in zone: String) -> Int {
        nodes.values.count { $0.zone == zone } + launching.values.count { $0.zone == zone }
    }
}
