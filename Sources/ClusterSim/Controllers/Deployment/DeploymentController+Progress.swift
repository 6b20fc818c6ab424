import KubeModel

/// The Progressing condition and the progress deadline (pkg/controller/deployment/progress.go).
extension DeploymentController {
    /// upstream's work queue retries a stuck Deployment after its base back-off (5 ms) when the
    /// deadline is less than a second away.
    static let rateLimitedRetry = VirtualTime.milliseconds(5)

    func syncRolloutStatus(
        _ deployment: inout Deployment, all: [ReplicaSet], new: ReplicaSet?, in cluster: Cluster
    ) {
        let now = cluster.now
        var status = calculateStatus(deployment, all: all, new: new, now: now)
        let progressing = DeploymentConditions.progressing
        if !hasProgressDeadline(deployment) { DeploymentConditions.remove(&status, progressing) }
        let current = DeploymentConditions.get(deployment.status, progressing)
        let complete =
            status.replicas == status.updatedReplicas
            && current?.reason == DeploymentConditions.newReplicaSetAvailable
        if hasProgressDeadline(deployment), !complete {
            let subject =
                new.map { "ReplicaSet \"\($0.metadata.name ?? "")\"" }
                ?? "Deployment \"\(deployment.metadata.name ?? "")\""
            if Self.isComplete(deployment, status) {
                DeploymentConditions.set(
                    &status,
                    DeploymentConditions.make(
                        progressing, "True", DeploymentConditions.newReplicaSetAvailable,
                        "\(subject) has successfully progressed.", at: now))
            } else if Self.isProgressing(deployment, status) {
                var condition = DeploymentConditions.make(
                    progressing, "True", DeploymentConditions.replicaSetUpdated,
                    "\(subject) is progressing.", at: now)
                if let current {
                    if current.status == "True" {
                        condition.lastTransitionTime = current.lastTransitionTime
                    }
                    DeploymentConditions.remove(&status, progressing)
                }
                DeploymentConditions.set(&status, condition)
            } else if timedOut(deployment, status, now: now) {
                DeploymentConditions.set(
                    &status,
                    DeploymentConditions.make(
                        progressing, "False", DeploymentConditions.progressDeadlineExceeded,
                        "\(subject) has timed out progressing.", at: now))
            }
        }
        guard status != deployment.status else {
            requeueStuck(deployment, status, in: cluster)
            return
        }
        deployment.status = status
        save(&deployment, in: cluster)
    }

    /// DeploymentComplete.
    static func isComplete(_ deployment: Deployment, _ status: DeploymentStatus?) -> Bool {
        let desired = RolloutMath.replicas(deployment)
        return status?.updatedReplicas ?? 0 == desired && status?.replicas ?? 0 == desired
            && status?.availableReplicas ?? 0 == desired
            && status?.observedGeneration ?? 0 >= deployment.metadata.generation ?? 0
    }

    /// DeploymentProgressing: more updated, fewer old, more ready or more available replicas.
    private static func isProgressing(_ deployment: Deployment, _ new: DeploymentStatus) -> Bool {
        let old = deployment.status
        let oldOld = (old?.replicas ?? 0) - (old?.updatedReplicas ?? 0)
        let newOld = (new.replicas ?? 0) - (new.updatedReplicas ?? 0)
        return (new.updatedReplicas ?? 0) > (old?.updatedReplicas ?? 0) || newOld < oldOld
            || (new.readyReplicas ?? 0) > (old?.readyReplicas ?? 0)
            || (new.availableReplicas ?? 0) > (old?.availableReplicas ?? 0)
    }

    /// DeploymentTimedOut: no progress since lastUpdateTime + progressDeadlineSeconds.
    private func timedOut(_ deployment: Deployment, _ status: DeploymentStatus, now: VirtualTime)
        -> Bool
    {
        guard let deadline = deadline(deployment, status) else {
            return DeploymentConditions.get(status, DeploymentConditions.progressing)?.reason
                == DeploymentConditions.progressDeadlineExceeded
        }
        return deadline < now
    }

    /// When the Progressing condition's deadline passes; nil when there is none to watch.
    private func deadline(_ deployment: Deployment, _ status: DeploymentStatus?) -> VirtualTime? {
        guard hasProgressDeadline(deployment),
            let seconds = deployment.spec.progressDeadlineSeconds,
            let condition = DeploymentConditions.get(status, DeploymentConditions.progressing),
            condition.reason != DeploymentConditions.newReplicaSetAvailable,
            condition.reason != DeploymentConditions.progressDeadlineExceeded,
            let text = condition.lastUpdateTime, let updated = VirtualTime(timestamp: text)
        else { return nil }
        return updated + .seconds(Double(seconds))
    }

    /// requeueStuckDeployment: check again when the deadline passes.
    private func requeueStuck(
        _ deployment: Deployment, _ status: DeploymentStatus, in cluster: Cluster
    ) {
        guard !Self.isComplete(deployment, status),
            let deadline = deadline(deployment, deployment.status)
        else { return }
        let after = deadline - cluster.now
        let at = after < .seconds(1) ? cluster.now + Self.rateLimitedRetry : deadline
        let key = deployment.storeKey
        if let pending = pendingDeadlineChecks[key], pending > cluster.now, pending <= at { return }
        pendingDeadlineChecks[key] = at
        cluster.schedule(at: at) { [weak self] cluster in
            guard let self else { return }
            if self.pendingDeadlineChecks[key] == at { self.pendingDeadlineChecks[key] = nil }
            cluster.enqueue(key, for: self)
        }
    }
}
