public import KubeModel

/// Deletes dependents whose owners are gone, and finishes foreground and orphan deletions
/// (pkg/controller/garbagecollector): the only way owned objects disappear.
public final class GarbageCollector: Controller {
    public let name = "garbage-collector-controller"

    public init() {}

    public func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        switch change.verb {
        case .deleted:
            // The owner is gone: every dependent must be checked; an owner waiting in
            // foreground deletion may now have no dependents left.
            let metadata = change.resource.metadata
            let owners = (metadata.ownerReferences ?? []).map {
                ObjectKey(kind: $0.kind, namespace: change.key.namespace, name: $0.name)
            }
            return cluster.dependents(ofUID: metadata.uid ?? "") + owners
        case .modified where change.resource.metadata.deletionTimestamp != nil:
            return [change.key]
                + cluster.dependents(ofUID: change.resource.metadata.uid ?? "")
        default:
            return []
        }
    }

    public func sync(_ key: ObjectKey, in cluster: Cluster) {
        guard let resource = cluster.store.resource(key) else { return }
        let metadata = resource.metadata
        let finalizers = metadata.finalizers ?? []
        if metadata.deletionTimestamp != nil, let uid = metadata.uid {
            let dependents = cluster.dependents(ofUID: uid)
            if finalizers.contains(DeletionPropagation.orphanFinalizer) {
                for dependent in dependents { cluster.dropOwner(uid, from: dependent) }
                cluster.removeFinalizer(DeletionPropagation.orphanFinalizer, from: key)
                return
            }
            if finalizers.contains(DeletionPropagation.foregroundFinalizer) {
                if dependents.isEmpty {
                    cluster.removeFinalizer(DeletionPropagation.foregroundFinalizer, from: key)
                } else {
                    for dependent in dependents {
                        cluster.deleteAnyKind(dependent, propagation: .foreground)
                    }
                }
                return
            }
        }
        // A dependent: delete it when none of its owners exists any more.
        let owners = metadata.ownerReferences ?? []
        guard !owners.isEmpty else { return }
        let alive = owners.contains { owner in
            // Owners are in the dependent's namespace, or cluster-scoped.
            [key.namespace, ""].contains { namespace in
                let ownerKey = ObjectKey(kind: owner.kind, namespace: namespace, name: owner.name)
                return cluster.store.resource(ownerKey)?.metadata.uid == owner.uid
            }
        }
        if !alive {
            cluster.deleteAnyKind(key, propagation: .background)
        }
    }
}
