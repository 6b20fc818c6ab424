public import KubeModel

/// Runs StatefulSets: pods with stable names, created and removed in ordinal order, each with
/// its own claims (pkg/controller/statefulset/stateful_set.go, stateful_set_control.go).
public final class StatefulSetController: Controller {
    public let name = "statefulset-controller"

    /// Pod templates by set uid and revision name: what upstream keeps in ControllerRevisions,
    /// so pods below the partition are still created at the current revision.
    var history: [String: [String: PodTemplateSpec]] = [:]
    private var revisionHashes = RevisionHashes()

    public init() {}

    public func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        switch change.resource {
        case .statefulSet(let set):
            return [set.storeKey]
        case .pod(let pod):
            var owners = [pod.metadata.ownerReferences]
            if case .pod(let old) = change.old { owners.append(old.metadata.ownerReferences) }
            return Self.setKeys(owning: owners, namespace: change.key.namespace)
        case .persistentVolumeClaim(let claim) where change.verb == .deleted:
            // A stale claim is gone: its ordinal may be created now.
            return (claim.metadata.ownerReferences ?? []).filter { $0.kind == Pod.kind }
                .compactMap { ref in
                    guard let dash = ref.name.lastIndex(of: "-") else { return nil }
                    return ObjectKey(
                        kind: StatefulSet.kind, namespace: claim.storeKey.namespace,
                        name: String(ref.name[..<dash]))
                }
        default:
            return []
        }
    }

    public func sync(_ key: ObjectKey, in cluster: Cluster) {
        guard let set = cluster.get(StatefulSet.self, key), let uid = set.metadata.uid else {
            return
        }
        let setName = set.metadata.name ?? ""
        let updateRevision =
            "\(setName)-"
            + revisionHashes.hash(
                of: set.spec.template, uid: uid, generation: set.metadata.generation)
        history[uid, default: [:]][updateRevision] = set.spec.template
        var currentRevision = set.status?.currentRevision ?? updateRevision
        if history[uid]?[currentRevision] == nil { currentRevision = updateRevision }
        let revisions = StatefulSetSync.Revisions(
            current: currentRevision,
            currentTemplate: history[uid]?[currentRevision] ?? set.spec.template,
            update: updateRevision)
        // A set being deleted only gets its status updated.
        if set.metadata.deletionTimestamp == nil {
            var sync = StatefulSetSync(
                set: set, revisions: revisions, cluster: cluster, controller: self)
            sync.run()
        }
        updateStatus(of: set, revisions: revisions, in: cluster)
    }

    /// The pods the set owns, found through the owner index.
    static func ownedPods(of set: StatefulSet, in cluster: Cluster) -> [Pod] {
        cluster.dependents(ofUID: set.metadata.uid ?? "").filter { $0.kind == Pod.kind }
            .compactMap { cluster.get(Pod.self, $0) }
    }

    private static func setKeys(owning owners: [[OwnerReference]?], namespace: String)
        -> [ObjectKey]
    {
        var keys: [ObjectKey] = []
        for references in owners {
            for ref in references ?? []
            where ref.controller == true && ref.kind == StatefulSet.kind {
                let key = ObjectKey(kind: StatefulSet.kind, namespace: namespace, name: ref.name)
                if !keys.contains(key) { keys.append(key) }
            }
        }
        return keys
    }
}
