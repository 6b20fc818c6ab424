import KubeModel
import OrderedCollections

/// Objects of one kind without a controller owner, by namespace, in the order they were seen.
///
/// Upstream's ControllerRefManager lists every object in the namespace to find orphans to adopt;
/// here a controller keeps this index from its watch instead, so a sync costs time proportional
/// to its own dependents and not to the size of the cluster.
struct OrphanIndex {
    private var byNamespace: [String: OrderedSet<ObjectKey>] = [:]

    /// Records the object as it is after a change (or forgets it once deleted or owned).
    mutating func observe(_ metadata: ObjectMeta, key: ObjectKey, deleted: Bool) {
        let orphan =
            !deleted && metadata.deletionTimestamp == nil
            && PodAvailability.controllerOf(metadata) == nil
        if orphan {
            byNamespace[key.namespace, default: []].append(key)
        } else if byNamespace[key.namespace]?.remove(key) != nil,
            byNamespace[key.namespace]?.isEmpty == true
        {
            byNamespace[key.namespace] = nil
        }
    }

    /// Whether `namespace` has any orphan.
    func hasOrphans(in namespace: String) -> Bool {
        byNamespace[namespace] != nil
    }

    /// Orphans in `namespace`, oldest first.
    func orphans(in namespace: String) -> [ObjectKey] {
        byNamespace[namespace].map { Array($0) } ?? []
    }
}
