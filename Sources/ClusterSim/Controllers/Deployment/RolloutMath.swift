import KubeModel

/// The arithmetic of a rollout (pkg/controller/deployment/util/deployment_util.go).
enum RolloutMath {
    /// ResolveFenceposts: surge rounds up, unavailable rounds down; both 0 → unavailable 1.
    static func resolveFenceposts(
        maxSurge: IntOrString?, maxUnavailable: IntOrString?, desired: Int
    ) -> (surge: Int, unavailable: Int) {
        let surge = (maxSurge ?? .int(0)).scaledValue(total: desired, roundUp: true) ?? 0
        var unavailable =
            (maxUnavailable ?? .int(0)).scaledValue(total: desired, roundUp: false) ?? 0
        if surge == 0 && unavailable == 0 { unavailable = 1 }
        return (surge, unavailable)
    }

    static func isRollingUpdate(_ deployment: Deployment) -> Bool {
        (deployment.spec.strategy?.type ?? .rollingUpdate) == .rollingUpdate
    }

    static func replicas(_ deployment: Deployment) -> Int { deployment.spec.replicas ?? 1 }

    /// MaxSurge: 0 unless rolling.
    static func maxSurge(_ deployment: Deployment) -> Int {
        guard isRollingUpdate(deployment) else { return 0 }
        let rolling = deployment.spec.strategy?.rollingUpdate
        return resolveFenceposts(
            maxSurge: rolling?.maxSurge, maxUnavailable: rolling?.maxUnavailable,
            desired: replicas(deployment)
        ).surge
    }

    /// MaxUnavailable: 0 unless rolling with replicas; never more than the replicas.
    static func maxUnavailable(_ deployment: Deployment) -> Int {
        let desired = replicas(deployment)
        guard isRollingUpdate(deployment), desired > 0 else { return 0 }
        let rolling = deployment.spec.strategy?.rollingUpdate
        let unavailable = resolveFenceposts(
            maxSurge: rolling?.maxSurge, maxUnavailable: rolling?.maxUnavailable,
            desired: desired
        ).unavailable
        return min(unavailable, desired)
    }

    /// NewRSNewReplicas: how far the new ReplicaSet may grow now.
    static func newReplicaSetReplicas(
        _ deployment: Deployment, all: [ReplicaSet], new: ReplicaSet
    ) -> Int {
        let desired = replicas(deployment)
        guard isRollingUpdate(deployment) else { return desired }
        let current = all.specReplicaSum
        let maxTotal = desired + maxSurge(deployment)
        if current >= maxTotal { return new.specReplicas }
        let scaleUp = min(maxTotal - current, desired - new.specReplicas)
        return new.specReplicas + scaleUp
    }

    /// IsSaturated: the new ReplicaSet runs every replica, all available.
    static func isSaturated(_ deployment: Deployment, _ replicaSet: ReplicaSet?) -> Bool {
        guard let replicaSet else { return false }
        let desired = replicas(deployment)
        return replicaSet.intAnnotation(DeploymentAnnotations.desiredReplicas) == desired
            && replicaSet.specReplicas == desired
            && replicaSet.availableReplicaCount == desired
    }

    /// GetProportion: this ReplicaSet's share of a proportional scale.
    static func proportion(
        of replicaSet: ReplicaSet, _ deployment: Deployment, toAdd: Int, added: Int
    ) -> Int {
        if replicaSet.specReplicas == 0 || toAdd == 0 || toAdd == added { return 0 }
        let fraction = replicaSetFraction(replicaSet, deployment)
        let allowed = toAdd - added
        return toAdd > 0 ? min(fraction, allowed) : max(fraction, allowed)
    }

    /// getReplicaSetFraction: the size change that keeps this ReplicaSet's share of the
    /// Deployment's max-replicas, rounded half away from zero (integer.RoundToInt32).
    private static func replicaSetFraction(_ replicaSet: ReplicaSet, _ deployment: Deployment)
        -> Int
    {
        let desired = replicas(deployment)
        if desired == 0 { return -replicaSet.specReplicas }
        let maxReplicas = desired + maxSurge(deployment)
        var before = replicaSet.intAnnotation(DeploymentAnnotations.maxReplicas) ?? 0
        if before == 0 { before = deployment.status?.replicas ?? 0 }
        guard before != 0 else { return 0 }
        let size = Double(replicaSet.specReplicas * maxReplicas) / Double(before)
        return Int(size.rounded()) - replicaSet.specReplicas
    }
}
