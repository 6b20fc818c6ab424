public import ClusterSim
public import KubeModel

/// Watches every store change, as `kubectl get -w` would, and remembers when each object was
/// created, first became Ready, and was deleted: what ordering expectations ask about.
///
/// Registered as a controller that never syncs anything: it only looks.
public final class ScenarioObserver: Controller {
    public let name = "scenario-observer"

    /// What happened to one object, in virtual time.
    public struct History: Sendable, Hashable {
        public var created: VirtualTime?
        public var firstReady: VirtualTime?
        public var deleted: VirtualTime?
        /// Creation order among all objects seen (ties in time keep the store's order).
        public var sequence = 0
        /// How many objects of this name have been created (a re-created pod: 2 or more).
        public var incarnations = 0
        /// When the previous object of this name was deleted.
        public var previousDeleted: VirtualTime?
    }

    private(set) var histories: [ObjectKey: History] = [:]
    /// Deletions in the order they happened.
    private(set) var deletions: [ObjectKey] = []
    private var created = 0
    /// Store changes seen so far: while it stays the same, nothing stored has changed.
    private(set) var changeCount = 0

    public init() {}

    public func history(of key: ObjectKey) -> History? {
        histories[key]
    }

    public func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        changeCount += 1
        let key = change.key
        var history = histories[key] ?? History()
        switch change.verb {
        case .added:
            created += 1
            history = History(
                created: cluster.now, sequence: created, incarnations: history.incarnations + 1,
                previousDeleted: history.deleted ?? history.previousDeleted)
        case .modified:
            break
        case .deleted:
            history.deleted = cluster.now
            deletions.append(key)
        }
        if history.firstReady == nil, change.verb != .deleted, change.resource.isReady {
            history.firstReady = cluster.now
        }
        histories[key] = history
        return []
    }

    public func sync(_ key: ObjectKey, in cluster: Cluster) {}
}

extension KubeResource {
    /// A pod with its Ready condition True; other kinds count as ready once they exist.
    var isReady: Bool {
        guard case .pod(let pod) = self else { return true }
        return pod.status?.conditions?.contains { $0.type == "Ready" && $0.status == "True" }
            == true
    }
}
