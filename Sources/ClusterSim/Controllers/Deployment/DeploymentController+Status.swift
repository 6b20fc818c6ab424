import KubeModel

/// The Deployment's status and conditions (sync.go calculateStatus, syncDeploymentStatus,
/// checkPausedConditions; progress.go syncRolloutStatus, requeueStuckDeployment).
extension DeploymentController {
    func calculateStatus(
        _ deployment: Deployment, all: [ReplicaSet], new: ReplicaSet?, now: VirtualTime
    ) -> DeploymentStatus {
        let available = all.availableReplicaSum
        var status = DeploymentStatus()
        status.observedGeneration = deployment.metadata.generation
        status.replicas = all.statusReplicaSum
        status.updatedReplicas = [new].compactMap(\.self).statusReplicaSum
        status.readyReplicas = all.readyReplicaSum
        status.availableReplicas = available
        status.unavailableReplicas = max(0, all.specReplicaSum - available)
        status.collisionCount = deployment.status?.collisionCount
        status.conditions = deployment.status?.conditions
        let minimum = RolloutMath.replicas(deployment) - RolloutMath.maxUnavailable(deployment)
        let condition =
            available >= minimum
            ? DeploymentConditions.make(
                DeploymentConditions.available, "True",
                DeploymentConditions.minimumReplicasAvailable,
                "Deployment has minimum availability.", at: now)
            : DeploymentConditions.make(
                DeploymentConditions.available, "False",
                DeploymentConditions.minimumReplicasUnavailable,
                "Deployment does not have minimum availability.", at: now)
        DeploymentConditions.set(&status, condition)
        return status
    }

    /// syncDeploymentStatus: write the status when it changed.
    func syncStatus(
        _ deployment: inout Deployment, all: [ReplicaSet], new: ReplicaSet?, in cluster: Cluster
    ) {
        let status = calculateStatus(deployment, all: all, new: new, now: cluster.now)
        guard status != deployment.status else { return }
        deployment.status = status
        save(&deployment, in: cluster)
    }

    /// syncStatusOnly, for a Deployment being deleted.
    func syncStatusOnly(
        _ deployment: inout Deployment, _ replicaSets: [ReplicaSet], in cluster: Cluster
    ) {
        let (new, old) = newAndOld(&deployment, replicaSets, create: false, in: cluster)
        syncStatus(&deployment, all: old + [new].compactMap(\.self), new: new, in: cluster)
    }

    /// checkPausedConditions: Progressing Unknown while paused, and once resumed.
    func checkPausedConditions(_ deployment: inout Deployment, in cluster: Cluster) {
        guard hasProgressDeadline(deployment) else { return }
        let current = DeploymentConditions.get(deployment.status, DeploymentConditions.progressing)
        if current?.reason == DeploymentConditions.progressDeadlineExceeded { return }
        let pausedNoted = current?.reason == DeploymentConditions.paused
        let paused = deployment.spec.paused == true
        let condition: Condition
        if paused, !pausedNoted {
            condition = DeploymentConditions.make(
                DeploymentConditions.progressing, "Unknown", DeploymentConditions.paused,
                "Deployment is paused", at: cluster.now)
        } else if !paused, pausedNoted {
            condition = DeploymentConditions.make(
                DeploymentConditions.progressing, "Unknown", DeploymentConditions.resumed,
                "Deployment is resumed", at: cluster.now)
        } else {
            return
        }
        var status = deployment.status ?? DeploymentStatus()
        DeploymentConditions.set(&status, condition)
        deployment.status = status
        save(&deployment, in: cluster)
    }
}
