public import KubeModel

/// Rolls a Deployment's pod template out through ReplicaSets (pkg/controller/deployment):
/// one ReplicaSet per template (`<deployment>-<pod-template-hash>`), RollingUpdate or Recreate,
/// proportional scaling mid-rollout, revision history, conditions and progress deadlines.
public final class DeploymentController: Controller {
    public let name = "deployment-controller"

    /// ReplicaSets without a controller owner, for adoption without listing every one.
    var orphanReplicaSets = OrphanIndex()
    /// The earliest pending progress-deadline re-check per Deployment.
    var pendingDeadlineChecks: [ObjectKey: VirtualTime] = [:]

    public init() {}

    public func start(in cluster: Cluster) {
        for replicaSet in cluster.list(ReplicaSet.self) {
            orphanReplicaSets.observe(replicaSet.metadata, key: replicaSet.storeKey, deleted: false)
        }
    }

    public func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        switch change.resource {
        case .deployment:
            return [change.key]
        case .replicaSet(let replicaSet):
            return keys(forReplicaSet: replicaSet, change: change, in: cluster)
        case .pod(let pod) where change.verb == .deleted:
            return keys(forDeletedPod: pod, in: cluster)
        default:
            return []
        }
    }

    /// addReplicaSet/updateReplicaSet/deleteReplicaSet: wake the controlling Deployment, or
    /// every Deployment whose selector matches an orphan.
    private func keys(
        forReplicaSet replicaSet: ReplicaSet, change: StoreChange, in cluster: Cluster
    ) -> [ObjectKey] {
        let deleted = change.verb == .deleted
        orphanReplicaSets.observe(replicaSet.metadata, key: change.key, deleted: deleted)
        var keys: [ObjectKey] = []
        for metadata in [change.old?.metadata, replicaSet.metadata].compactMap(\.self) {
            guard let owner = PodAvailability.controllerOf(metadata),
                owner.kind == Deployment.kind
            else { continue }
            let key = ObjectKey(
                kind: Deployment.kind, namespace: change.key.namespace, name: owner.name)
            if !keys.contains(key) { keys.append(key) }
        }
        if keys.isEmpty, !deleted {
            let labels = replicaSet.metadata.labels ?? [:]
            keys = cluster.list(Deployment.self, namespace: change.key.namespace)
                .filter { !$0.spec.selector.isEmpty && $0.spec.selector.matches(labels) }
                .map(\.storeKey)
        }
        return keys
    }

    /// deletePod: a Recreate rollout waits for the old pods to be gone.
    private func keys(forDeletedPod pod: Pod, in cluster: Cluster) -> [ObjectKey] {
        guard let owner = PodAvailability.controllerOf(pod.metadata),
            owner.kind == ReplicaSet.kind,
            let replicaSet = cluster.get(
                ReplicaSet.self, owner.name, namespace: pod.storeKey.namespace),
            let deploymentRef = PodAvailability.controllerOf(replicaSet.metadata),
            deploymentRef.kind == Deployment.kind,
            let deployment = cluster.get(
                Deployment.self, deploymentRef.name, namespace: pod.storeKey.namespace),
            deployment.spec.strategy?.type == .recreate
        else { return [] }
        return [deployment.storeKey]
    }

    /// syncDeployment.
    public func sync(_ key: ObjectKey, in cluster: Cluster) {
        guard var deployment = cluster.get(Deployment.self, key) else {
            pendingDeadlineChecks[key] = nil
            return
        }
        if deployment.spec.selector.isEmpty {
            selectingAll(&deployment, in: cluster)
            return
        }
        var replicaSets = claimReplicaSets(for: deployment, in: cluster)
        if deployment.metadata.deletionTimestamp != nil {
            syncStatusOnly(&deployment, replicaSets, in: cluster)
            return
        }
        checkPausedConditions(&deployment, in: cluster)
        if deployment.spec.paused == true {
            syncScaling(&deployment, replicaSets, in: cluster)
            return
        }
        if isScalingEvent(&deployment, replicaSets, in: cluster) {
            syncScaling(&deployment, fresh(replicaSets, in: cluster), in: cluster)
            return
        }
        replicaSets = fresh(replicaSets, in: cluster)
        switch deployment.spec.strategy?.type ?? .rollingUpdate {
        case .recreate: rolloutRecreate(&deployment, replicaSets, in: cluster)
        case .rollingUpdate: rolloutRolling(&deployment, replicaSets, in: cluster)
        }
    }

    /// An empty selector would select every pod: upstream refuses and says so.
    private func selectingAll(_ deployment: inout Deployment, in cluster: Cluster) {
        cluster.record(
            .warning, "SelectingAll",
            "This deployment is selecting all pods. A non-empty selector is required.",
            about: deployment.storeKey, from: name)
        let generation = deployment.metadata.generation
        guard (deployment.status?.observedGeneration ?? 0) < (generation ?? 0) else { return }
        var status = deployment.status ?? DeploymentStatus()
        status.observedGeneration = generation
        deployment.status = status
        save(&deployment, in: cluster)
    }

    /// Writes the Deployment back (status and annotations), as UpdateStatus/Update.
    func save(_ deployment: inout Deployment, in cluster: Cluster) {
        if let updated = try? cluster.update(deployment) { deployment = updated }
    }

    /// The same ReplicaSets as stored now (dropping any that went away).
    func fresh(_ replicaSets: [ReplicaSet], in cluster: Cluster) -> [ReplicaSet] {
        replicaSets.compactMap { cluster.get(ReplicaSet.self, $0.storeKey) }
    }
}
