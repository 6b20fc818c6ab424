import KubeModel

/// The Recreate strategy (pkg/controller/deployment/recreate.go): every old pod goes before
/// the first new one is created.
extension DeploymentController {
    func rolloutRecreate(
        _ deployment: inout Deployment, _ replicaSets: [ReplicaSet], in cluster: Cluster
    ) {
        // Don't create the new ReplicaSet yet, so nothing scales up before the old scale down.
        var (new, old) = newAndOld(&deployment, replicaSets, create: false, in: cluster)
        var scaledDown = false
        for replicaSet in old.active
        where scale(replicaSet, to: 0, deployment, in: cluster).scaled {
            scaledDown = true
        }
        if scaledDown || oldPodsRunning(new: new, old: old, in: cluster) {
            syncRolloutStatus(
                &deployment, all: old + [new].compactMap(\.self), new: new, in: cluster)
            return
        }
        if new == nil {
            (new, old) = newAndOld(
                &deployment, fresh(replicaSets, in: cluster), create: true, in: cluster)
        }
        if let current = new {
            new =
                scale(current, to: RolloutMath.replicas(deployment), deployment, in: cluster)
                .replicaSet
        }
        if Self.isComplete(deployment, deployment.status) {
            cleanup(deployment, old: old, in: cluster)
        }
        syncRolloutStatus(&deployment, all: old + [new].compactMap(\.self), new: new, in: cluster)
    }

    /// oldPodsRunning: an old ReplicaSet still reports pods, or owns a pod that has not
    /// finished (terminating pods count until they are gone).
    private func oldPodsRunning(new: ReplicaSet?, old: [ReplicaSet], in cluster: Cluster) -> Bool {
        if old.statusReplicaSum > 0 { return true }
        for replicaSet in old {
            let uid = replicaSet.metadata.uid ?? ""
            for key in cluster.dependents(ofUID: uid) where key.kind == Pod.kind {
                guard let pod = cluster.get(Pod.self, key),
                    PodAvailability.controllerOf(pod.metadata)?.uid == uid
                else { continue }
                let phase = pod.status?.phase
                if phase != .failed && phase != .succeeded { return true }
            }
        }
        return false
    }
}
