public import KubeModel
import OrderedCollections

/// A reconciler, as in upstream's controller manager: woken by store changes it watches, it
/// syncs one object key at a time, reading the store and acting through the cluster.
public protocol Controller: AnyObject {
    /// The name upstream gives the component (`replicaset-controller`), used as event source.
    var name: String { get }

    /// The keys to sync after `change`: the object itself, or its owner, or nothing.
    func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey]

    /// Brings the world in line with the object at `key` (which may no longer exist).
    func sync(_ key: ObjectKey, in cluster: Cluster)

    /// Called once when registered: schedule periodic work here.
    func start(in cluster: Cluster)
}

extension Controller {
    public func start(in cluster: Cluster) {}
}

/// One change to the store, as a watch delivers it.
public struct StoreChange: Sendable {
    public enum Verb: String, Sendable {
        case added = "ADDED"
        case modified = "MODIFIED"
        case deleted = "DELETED"
    }

    public let verb: Verb
    /// The object after the change (for `deleted`, as it was last).
    public let resource: KubeResource
    public let old: KubeResource?

    public var key: ObjectKey { resource.storeKey }
}

/// A controller with its work queue: each key at most once, in the order first queued.
final class ControllerSlot {
    let controller: any Controller
    var pending = OrderedSet<ObjectKey>()
    var drainScheduled = false

    init(controller: any Controller) {
        self.controller = controller
    }
}

extension Cluster {
    /// Queues `key` for `controller` (by name), as a requeue after an error or a period.
    public func enqueue(_ key: ObjectKey, for controller: any Controller) {
        guard let slot = controllers.first(where: { $0.controller === controller }) else { return }
        enqueue(key, in: slot)
    }

    func didChange(_ verb: StoreChange.Verb, _ resource: KubeResource, old: KubeResource?) {
        let change = StoreChange(verb: verb, resource: resource, old: old)
        revisions.count(resource)
        if configuration.recordsTimeline, !change.key.isClusterMachinery {
            timeline.record(change, at: now, cluster: self)
        }
        for slot in controllers {
            for key in slot.controller.keys(for: change, in: self) {
                enqueue(key, in: slot)
            }
        }
    }

    private func enqueue(_ key: ObjectKey, in slot: ControllerSlot) {
        slot.pending.append(key)
        guard !slot.drainScheduled else { return }
        slot.drainScheduled = true
        schedule(after: .zero) { cluster in
            slot.drainScheduled = false
            let keys = slot.pending
            slot.pending.removeAll()
            for key in keys {
                slot.controller.sync(key, in: cluster)
            }
        }
    }
}

extension KubeResource {
    /// The key the store files this object under.
    public var storeKey: ObjectKey {
        switch self {
        case .pod(let object): object.storeKey
        case .deployment(let object): object.storeKey
        case .replicaSet(let object): object.storeKey
        case .statefulSet(let object): object.storeKey
        case .daemonSet(let object): object.storeKey
        case .job(let object): object.storeKey
        case .service(let object): object.storeKey
        case .endpoints(let object): object.storeKey
        case .endpointSlice(let object): object.storeKey
        case .persistentVolumeClaim(let object): object.storeKey
        case .persistentVolume(let object): object.storeKey
        case .storageClass(let object): object.storeKey
        case .horizontalPodAutoscaler(let object): object.storeKey
        case .podDisruptionBudget(let object): object.storeKey
        case .node(let object): object.storeKey
        case .namespace(let object): object.storeKey
        case .ingress(let object): object.storeKey
        }
    }
}
