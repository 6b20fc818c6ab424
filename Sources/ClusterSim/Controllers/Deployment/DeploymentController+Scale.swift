import KubeModel

/// Scaling ReplicaSets, and proportional scaling when `spec.replicas` changes mid-rollout
/// (pkg/controller/deployment/sync.go scale, scaleReplicaSet, isScalingEvent, sync).
extension DeploymentController {
    /// scaleReplicaSetAndRecordEvent.
    @discardableResult
    func scale(
        _ replicaSet: ReplicaSet, to newScale: Int, _ deployment: Deployment, in cluster: Cluster
    ) -> (scaled: Bool, replicaSet: ReplicaSet) {
        guard replicaSet.specReplicas != newScale else { return (false, replicaSet) }
        let operation = replicaSet.specReplicas < newScale ? "up" : "down"
        return scale(replicaSet, to: newScale, deployment, operation: operation, in: cluster)
    }

    /// scaleReplicaSet: sets the size and the replicas annotations; the event quotes both
    /// sizes (upstream ≥ 1.27: "Scaled %s replica set %s to %d from %d").
    func scale(
        _ replicaSet: ReplicaSet, to newScale: Int, _ deployment: Deployment, operation: String,
        in cluster: Cluster
    ) -> (scaled: Bool, replicaSet: ReplicaSet) {
        let desired = RolloutMath.replicas(deployment)
        let maxReplicas = desired + RolloutMath.maxSurge(deployment)
        let sizeNeedsUpdate = replicaSet.specReplicas != newScale
        guard
            sizeNeedsUpdate
                || replicasAnnotationsNeedUpdate(replicaSet, desired: desired, max: maxReplicas)
        else { return (false, replicaSet) }
        let oldScale = replicaSet.specReplicas
        var copy = replicaSet
        copy.spec.replicas = newScale
        _ = setReplicasAnnotations(&copy, desired: desired, max: maxReplicas)
        guard let updated = try? cluster.update(copy) else { return (false, replicaSet) }
        guard sizeNeedsUpdate else { return (false, updated) }
        cluster.record(
            .normal, "ScalingReplicaSet",
            "Scaled \(operation) replica set \(updated.metadata.name ?? "") to \(newScale)"
                + " from \(oldScale)",
            about: deployment.storeKey, from: name)
        return (true, updated)
    }

    /// isScalingEvent: an active ReplicaSet was sized for another `spec.replicas`.
    func isScalingEvent(
        _ deployment: inout Deployment, _ replicaSets: [ReplicaSet], in cluster: Cluster
    ) -> Bool {
        let (new, old) = newAndOld(&deployment, replicaSets, create: false, in: cluster)
        let desired = RolloutMath.replicas(deployment)
        return (old + [new].compactMap(\.self)).active.contains { replicaSet in
            guard let annotated = replicaSet.intAnnotation(DeploymentAnnotations.desiredReplicas)
            else { return false }
            return annotated != desired
        }
    }

    /// sync: scale (and, when paused, clean up), then report status.
    func syncScaling(
        _ deployment: inout Deployment, _ replicaSets: [ReplicaSet], in cluster: Cluster
    ) {
        let (new, old) = newAndOld(&deployment, replicaSets, create: false, in: cluster)
        scaleProportionally(deployment, new: new, old: old, in: cluster)
        if deployment.spec.paused == true {
            cleanup(deployment, old: fresh(old, in: cluster), in: cluster)
        }
        syncStatus(&deployment, all: old + [new].compactMap(\.self), new: new, in: cluster)
    }

    /// scale: one active ReplicaSet takes the whole size; a saturated new one means the old go
    /// to zero; otherwise the change is shared in proportion to each ReplicaSet's size.
    func scaleProportionally(
        _ deployment: Deployment, new: ReplicaSet?, old: [ReplicaSet], in cluster: Cluster
    ) {
        let desired = RolloutMath.replicas(deployment)
        if let activeOrLatest = activeOrLatest(new: new, old: old, in: cluster) {
            if activeOrLatest.specReplicas != desired {
                scale(activeOrLatest, to: desired, deployment, in: cluster)
            }
            return
        }
        if RolloutMath.isSaturated(deployment, new) {
            for replicaSet in old.active { scale(replicaSet, to: 0, deployment, in: cluster) }
            return
        }
        guard RolloutMath.isRollingUpdate(deployment) else { return }
        var all = (old + [new].compactMap(\.self)).active
        let allowed = desired > 0 ? desired + RolloutMath.maxSurge(deployment) : 0
        let toAdd = allowed - all.specReplicaSum
        let order = { (lhs: ReplicaSet, rhs: ReplicaSet) -> Bool in
            if lhs.specReplicas != rhs.specReplicas { return lhs.specReplicas > rhs.specReplicas }
            let older = self.creationOrder(lhs, in: cluster) < self.creationOrder(rhs, in: cluster)
            // ReplicaSetsBySizeNewer when adding, ReplicaSetsBySizeOlder when removing.
            return toAdd > 0 ? !older : older
        }
        all.sort(by: order)
        var added = 0
        var sizes = all.map { replicaSet -> Int in
            guard toAdd != 0 else { return replicaSet.specReplicas }
            let share = RolloutMath.proportion(
                of: replicaSet, deployment, toAdd: toAdd, added: added)
            added += share
            return replicaSet.specReplicas + share
        }
        if toAdd != 0, !sizes.isEmpty {
            // Leftovers go to the largest ReplicaSet.
            sizes[0] = max(0, sizes[0] + toAdd - added)
        }
        let operation = toAdd > 0 ? "up" : (toAdd < 0 ? "down" : "")
        for (replicaSet, size) in zip(all, sizes) {
            _ = scale(replicaSet, to: size, deployment, operation: operation, in: cluster)
        }
    }

    /// FindActiveOrLatest: the only active ReplicaSet, or the newest when none is active.
    private func activeOrLatest(new: ReplicaSet?, old: [ReplicaSet], in cluster: Cluster)
        -> ReplicaSet?
    {
        if new == nil && old.isEmpty { return nil }
        let newestFirst = byCreation(old, in: cluster).reversed()
        let active = (Array(newestFirst) + [new].compactMap(\.self)).active
        switch active.count {
        case 0: return new ?? newestFirst.first
        case 1: return active[0]
        default: return nil
        }
    }
}
