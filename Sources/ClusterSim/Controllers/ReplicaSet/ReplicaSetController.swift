public import KubeModel

/// Keeps `spec.replicas` pods of a ReplicaSet's template running (pkg/controller/replicaset):
/// adopts matching orphans, creates missing pods in slow-start batches, deletes surplus pods in
/// upstream's ranking order, and reports replicas, readiness and availability in its status.
public final class ReplicaSetController: Controller {
    public let name = "replicaset-controller"

    /// Pods without a controller owner, for adoption without listing every pod.
    var orphanPods = OrphanIndex()
    /// The earliest pending availability re-check per ReplicaSet.
    var pendingWakeUps: [ObjectKey: VirtualTime] = [:]
    /// Status counts per ReplicaSet, kept from pod changes between syncs.
    var tallies: [ObjectKey: ReplicaSetTally] = [:]

    public init() {}

    public func start(in cluster: Cluster) {
        for pod in cluster.list(Pod.self) {
            orphanPods.observe(pod.metadata, key: pod.storeKey, deleted: false)
        }
    }

    public func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        switch change.resource {
        case .replicaSet:
            return [change.key]
        case .pod(let pod):
            return keys(forPod: pod, change: change, in: cluster)
        default:
            return []
        }
    }

    /// A pod change wakes its controlling ReplicaSet (before and after the change); an orphan
    /// wakes every ReplicaSet whose selector matches it (upstream getPodReplicaSets).
    private func keys(forPod pod: Pod, change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        let deleted = change.verb == .deleted
        orphanPods.observe(pod.metadata, key: change.key, deleted: deleted)
        // A sync reads only a few facts of its pods; a change that kept them (binding, the
        // kubelet's status of a container, a probe) would sync to the same result.
        if change.verb == .modified, case .pod(let old)? = change.old,
            ClaimFacts.same(old, pod)
        {
            return []
        }
        var before: ClaimFacts?
        if case .pod(let old)? = change.old { before = ClaimFacts(old) }
        let after = deleted ? nil : ClaimFacts(pod)
        count(before, sign: -1, namespace: change.key.namespace)
        count(after, sign: 1, namespace: change.key.namespace)
        var keys: [ObjectKey] = []
        for metadata in [change.old?.metadata, pod.metadata].compactMap(\.self) {
            guard let owner = PodAvailability.controllerOf(metadata),
                owner.kind == ReplicaSet.kind
            else { continue }
            let key = ObjectKey(
                kind: ReplicaSet.kind, namespace: change.key.namespace, name: owner.name)
            if !keys.contains(key) { keys.append(key) }
        }
        if keys.isEmpty, !deleted, pod.metadata.deletionTimestamp == nil {
            let labels = pod.metadata.labels ?? [:]
            keys = cluster.list(ReplicaSet.self, namespace: change.key.namespace)
                .filter { !$0.spec.selector.isEmpty && $0.spec.selector.matches(labels) }
                .map(\.storeKey)
        }
        return keys
    }

    public func sync(_ key: ObjectKey, in cluster: Cluster) {
        guard let replicaSet = cluster.get(ReplicaSet.self, key) else {
            pendingWakeUps[key] = nil
            tallies[key] = nil
            return
        }
        if syncFromTally(replicaSet, in: cluster) { return }
        tallies[key] = nil
        let pods = claimPods(for: replicaSet, in: cluster)
        // upstream: controller.FilterActivePods over the claimed pods.
        let active = pods.filter(\.active)
        if replicaSet.metadata.deletionTimestamp == nil {
            manageReplicas(active, of: replicaSet, in: cluster)
        }
        // As upstream, the status describes the pods seen before this sync acted; the pod
        // changes it caused wake the ReplicaSet again.
        updateStatus(of: replicaSet, from: active, in: cluster)
        scheduleAvailabilityCheck(for: replicaSet, pods: active, in: cluster)
        tallies[key] = tally(of: replicaSet, in: cluster)
    }
}
