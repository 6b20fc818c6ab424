import KubeModel

/// The quick sync: status counts from the tally, and the missing pods created, without reading
/// the ReplicaSet's pods.
extension ReplicaSetController {
    /// Counts a pod change into the tally of the ReplicaSet that controls the pod.
    func count(_ pod: ClaimFacts?, sign: Int, namespace: String) {
        guard let pod, let owner = PodAvailability.controllerOf(owners: pod.owners),
            owner.kind == ReplicaSet.kind
        else { return }
        let key = ObjectKey(kind: ReplicaSet.kind, namespace: namespace, name: owner.name)
        tallies[key]?.add(pod, sign: sign)
    }

    /// Syncs from the tally when claiming would change nothing (no orphan to adopt, no pod to
    /// release) and no pod needs ranking for deletion; false when the full sync must run.
    func syncFromTally(_ replicaSet: ReplicaSet, in cluster: Cluster) -> Bool {
        let key = replicaSet.storeKey
        guard let tally = tallies[key], tally.fits(replicaSet), tally.counts.unmatched == 0,
            replicaSet.metadata.deletionTimestamp == nil,
            replicaSet.spec.selector.isEmpty || !orphanPods.hasOrphans(in: key.namespace)
        else { return false }
        let counts = tally.counts
        let missing = (replicaSet.spec.replicas ?? 1) - counts.active
        guard missing >= 0 else { return false }
        if missing > 0 { createPods(missing, for: replicaSet, in: cluster) }
        updateStatus(
            of: replicaSet, replicas: counts.active, fullyLabeled: counts.fullyLabeled,
            ready: counts.ready, available: counts.ready, in: cluster)
        return true
    }

    /// A fresh tally over the pods the ReplicaSet controls now (nil with `minReadySeconds`).
    func tally(of replicaSet: ReplicaSet, in cluster: Cluster) -> ReplicaSetTally? {
        var tally = ReplicaSetTally(replicaSet)
        guard tally.fits(replicaSet) else { return nil }
        for key in cluster.dependents(ofUID: tally.uid) where key.kind == Pod.kind {
            guard let pod = cluster.read(Pod.self, key, ClaimFacts.init) else { continue }
            tally.add(pod, sign: 1)
        }
        return tally
    }
}
