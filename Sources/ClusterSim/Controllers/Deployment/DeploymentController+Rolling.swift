import KubeModel

/// The RollingUpdate strategy (pkg/controller/deployment/rolling.go).
extension DeploymentController {
    func rolloutRolling(
        _ deployment: inout Deployment, _ replicaSets: [ReplicaSet], in cluster: Cluster
    ) {
        let (created, old) = newAndOld(&deployment, replicaSets, create: true, in: cluster)
        guard let new = created else { return }
        let all = old + [new]
        if reconcileNew(deployment, all: all, new: new, in: cluster) {
            syncRolloutStatus(&deployment, all: all, new: new, in: cluster)
            return
        }
        if reconcileOld(deployment, all: all, old: old.active, new: new, in: cluster) {
            syncRolloutStatus(&deployment, all: all, new: new, in: cluster)
            return
        }
        if Self.isComplete(deployment, deployment.status) {
            cleanup(deployment, old: old, in: cluster)
        }
        syncRolloutStatus(&deployment, all: all, new: new, in: cluster)
    }

    /// reconcileNewReplicaSet: grow the new ReplicaSet as far as maxSurge allows.
    private func reconcileNew(
        _ deployment: Deployment, all: [ReplicaSet], new: ReplicaSet, in cluster: Cluster
    ) -> Bool {
        let desired = RolloutMath.replicas(deployment)
        if new.specReplicas == desired { return false }
        if new.specReplicas > desired {
            return scale(new, to: desired, deployment, in: cluster).scaled
        }
        let count = RolloutMath.newReplicaSetReplicas(deployment, all: all, new: new)
        return scale(new, to: count, deployment, in: cluster).scaled
    }

    /// reconcileOldReplicaSets: shrink old ReplicaSets within maxUnavailable, unhealthy
    /// replicas first, oldest ReplicaSet first.
    private func reconcileOld(
        _ deployment: Deployment, all: [ReplicaSet], old: [ReplicaSet], new: ReplicaSet,
        in cluster: Cluster
    ) -> Bool {
        guard old.specReplicaSum > 0 else { return false }
        let minAvailable =
            RolloutMath.replicas(deployment) - RolloutMath.maxUnavailable(deployment)
        let newUnavailable = new.specReplicas - new.availableReplicaCount
        let maxScaledDown = all.specReplicaSum - minAvailable - newUnavailable
        guard maxScaledDown > 0 else { return false }
        let (cleaned, cleanedCount) = cleanupUnhealthy(
            deployment, old: old, max: maxScaledDown, in: cluster)
        let scaledDown = scaleDownOld(
            deployment, all: cleaned + [new], old: cleaned, in: cluster)
        return cleanedCount + scaledDown > 0
    }

    /// cleanupUnhealthyReplicas: drop replicas that are not available, oldest ReplicaSet first.
    private func cleanupUnhealthy(
        _ deployment: Deployment, old: [ReplicaSet], max maxCleanup: Int, in cluster: Cluster
    ) -> ([ReplicaSet], Int) {
        var sets = byCreation(old, in: cluster)
        var total = 0
        for index in sets.indices {
            if total >= maxCleanup { break }
            let target = sets[index]
            if target.specReplicas == 0 || target.specReplicas == target.availableReplicaCount {
                continue
            }
            let count = min(maxCleanup - total, target.specReplicas - target.availableReplicaCount)
            sets[index] =
                scale(target, to: target.specReplicas - count, deployment, in: cluster)
                .replicaSet
            total += count
        }
        return (sets, total)
    }

    /// scaleDownOldReplicaSetsForRollingUpdate: remove available replicas above minAvailable.
    private func scaleDownOld(
        _ deployment: Deployment, all: [ReplicaSet], old: [ReplicaSet], in cluster: Cluster
    ) -> Int {
        let minAvailable =
            RolloutMath.replicas(deployment) - RolloutMath.maxUnavailable(deployment)
        let available = all.availableReplicaSum
        guard available > minAvailable else { return 0 }
        let wanted = available - minAvailable
        var total = 0
        for target in byCreation(old, in: cluster) {
            if total >= wanted { break }
            if target.specReplicas == 0 { continue }
            let count = min(target.specReplicas, wanted - total)
            scale(target, to: target.specReplicas - count, deployment, in: cluster)
            total += count
        }
        return total
    }
}
