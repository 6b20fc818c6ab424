import KubeModel
import OrderedCollections

/// What the scheduler's cache knows about one node (pkg/scheduler/framework/types.go
/// `NodeInfo`): the node's schedulable properties and the sum of what its pods request,
/// updated incrementally as pods come and go.
///
/// The fields every scheduling cycle reads for a thousand nodes come first, ahead of the stored
/// `Node` (hundreds of bytes): behind it, each of them was a cache miss per node visited.
final class NodeInfo {
    private(set) var unschedulable = false
    private(set) var allocatable = ResourceAmounts.zero
    private(set) var allocatablePods: Int64 = 0
    /// Sum of the requests of the pods on the node (upstream `Requested`).
    var requested = ResourceAmounts.zero
    /// The same with scoring defaults for missing requests (upstream `NonZeroRequested`).
    var nonZeroRequested = ResourceAmounts.zero
    /// How many pods are on the node (`pods.count`, without reaching into the set's storage).
    private(set) var podCount = 0
    private(set) var taints: [Taint] = []
    private(set) var labels: [String: String] = [:]
    let name: String
    /// Host ports in use.
    var usedPorts: [HostPort] = []
    /// The pods on the node (bound or assumed), in the order they arrived.
    private(set) var pods = OrderedSet<ObjectKey>()
    /// Nil while pods name a node the cache has not seen (upstream keeps such entries too).
    private(set) var node: Node?

    init(name: String) {
        self.name = name
    }

    func setNode(_ node: Node?) {
        self.node = node
        labels = node?.metadata.labels ?? [:]
        taints = node?.spec?.taints ?? []
        unschedulable = node?.spec?.unschedulable ?? false
        allocatable = ResourceAmounts(
            milliCPU: node?.allocatableMilliCPU ?? 0, memory: node?.allocatableMemory ?? 0)
        allocatablePods = node?.allocatablePods ?? 0
    }

    func add(_ pod: CachedPod) {
        guard pods.append(pod.key).inserted else { return }
        podCount += 1
        requested = requested + pod.requests.requests
        nonZeroRequested = nonZeroRequested + pod.requests.nonZeroRequests
        usedPorts.append(contentsOf: pod.hostPorts)
    }

    func remove(_ pod: CachedPod) {
        guard pods.remove(pod.key) != nil else { return }
        podCount -= 1
        requested = requested - pod.requests.requests
        nonZeroRequested = nonZeroRequested - pod.requests.nonZeroRequests
        for port in pod.hostPorts {
            if let index = usedPorts.firstIndex(of: port) { usedPorts.remove(at: index) }
        }
    }

    /// The topology domain (region and zone) the node tree groups nodes by.
    var zoneKey: String {
        (labels[WellKnownLabels.region] ?? "") + ":\u{0}:" + (labels[WellKnownLabels.zone] ?? "")
    }
}
