import KubeModel

/// Finding or creating the ReplicaSet of the current template, and keeping revisions
/// (pkg/controller/deployment/sync.go getAllReplicaSetsAndSyncRevision, getNewReplicaSet).
extension DeploymentController {
    /// The new ReplicaSet (nil when it does not exist and `create` is false) and the old ones.
    func newAndOld(
        _ deployment: inout Deployment, _ replicaSets: [ReplicaSet], create: Bool,
        in cluster: Cluster
    ) -> (new: ReplicaSet?, old: [ReplicaSet]) {
        let existing = findNew(deployment, replicaSets, in: cluster)
        let old = replicaSets.filter { $0.storeKey != existing?.storeKey }
        let new = newReplicaSet(
            &deployment, existing: existing, old: old, create: create, in: cluster)
        return (new, old)
    }

    /// FindNewReplicaSet: the oldest ReplicaSet whose template equals the Deployment's.
    func findNew(_ deployment: Deployment, _ replicaSets: [ReplicaSet], in cluster: Cluster)
        -> ReplicaSet?
    {
        byCreation(replicaSets, in: cluster).first {
            PodTemplateHash.equalIgnoringHash($0.spec.template, deployment.spec.template)
        }
    }

    private func newReplicaSet(
        _ deployment: inout Deployment, existing: ReplicaSet?, old: [ReplicaSet], create: Bool,
        in cluster: Cluster
    ) -> ReplicaSet? {
        let newRevision = (old.map(\.revisionNumber).max() ?? 0) + 1
        if var replicaSet = existing {
            let annotated = setNewReplicaSetAnnotations(
                deployment, &replicaSet, revision: newRevision, exists: true)
            let minReady = deployment.spec.minReadySeconds
            if annotated || replicaSet.spec.minReadySeconds != minReady {
                replicaSet.spec.minReadySeconds = minReady
                return (try? cluster.update(replicaSet)) ?? replicaSet
            }
            let revision = replicaSet.metadata.annotations?[DeploymentAnnotations.revision] ?? ""
            var needsUpdate = setRevision(&deployment, revision)
            if hasProgressDeadline(deployment),
                DeploymentConditions.get(deployment.status, DeploymentConditions.progressing) == nil
            {
                var status = deployment.status ?? DeploymentStatus()
                DeploymentConditions.set(
                    &status,
                    DeploymentConditions.make(
                        DeploymentConditions.progressing, "True",
                        DeploymentConditions.foundNewReplicaSet,
                        "Found new replica set \"\(replicaSet.metadata.name ?? "")\"",
                        at: cluster.now))
                deployment.status = status
                needsUpdate = true
            }
            if needsUpdate { save(&deployment, in: cluster) }
            return replicaSet
        }
        guard create else { return nil }
        return createNewReplicaSet(&deployment, old: old, revision: newRevision, in: cluster)
    }

    private func createNewReplicaSet(
        _ deployment: inout Deployment, old: [ReplicaSet], revision: Int, in cluster: Cluster
    ) -> ReplicaSet? {
        let hash = PodTemplateHash.compute(
            deployment.spec.template, collisionCount: deployment.status?.collisionCount)
        var template = deployment.spec.template
        var metadata = template.metadata ?? ObjectMeta()
        metadata.labels = (metadata.labels ?? [:]).merging([PodTemplateHash.labelKey: hash]) {
            $1
        }
        template.metadata = metadata
        var selector = deployment.spec.selector
        selector.matchLabels = (selector.matchLabels ?? [:])
            .merging([PodTemplateHash.labelKey: hash]) { $1 }
        var replicaSet = ReplicaSet(
            metadata: ObjectMeta(
                name: "\(deployment.metadata.name ?? "")-\(hash)",
                namespace: deployment.storeKey.namespace, labels: metadata.labels),
            spec: ReplicaSetSpec(replicas: 0, selector: selector, template: template))
        replicaSet.metadata.ownerReferences = [Self.controllerReference(to: deployment)]
        replicaSet.spec.minReadySeconds = deployment.spec.minReadySeconds
        let replicas = RolloutMath.newReplicaSetReplicas(
            deployment, all: old + [replicaSet], new: replicaSet)
        replicaSet.spec.replicas = replicas
        _ = setNewReplicaSetAnnotations(deployment, &replicaSet, revision: revision, exists: false)

        let created: ReplicaSet
        var alreadyExisted = false
        do {
            created = try cluster.create(replicaSet)
        } catch {
            guard let found = cluster.get(ReplicaSet.self, replicaSet.storeKey) else { return nil }
            guard PodAvailability.controllerOf(found.metadata)?.uid == deployment.metadata.uid,
                PodTemplateHash.equalIgnoringHash(deployment.spec.template, found.spec.template)
            else {
                // A hash collision: bump collisionCount; the status write wakes us again.
                var status = deployment.status ?? DeploymentStatus()
                status.collisionCount = (status.collisionCount ?? 0) + 1
                deployment.status = status
                save(&deployment, in: cluster)
                return nil
            }
            created = found
            alreadyExisted = true
        }
        if !alreadyExisted, replicas > 0 {
            // sync.go getNewReplicaSet (upstream ≥ 1.30 wording, with "from 0").
            cluster.record(
                .normal, "ScalingReplicaSet",
                "Scaled up replica set \(created.metadata.name ?? "") from 0 to \(replicas)",
                about: deployment.storeKey, from: name)
        }
        var needsUpdate = setRevision(&deployment, String(revision))
        if !alreadyExisted, hasProgressDeadline(deployment) {
            var status = deployment.status ?? DeploymentStatus()
            DeploymentConditions.set(
                &status,
                DeploymentConditions.make(
                    DeploymentConditions.progressing, "True",
                    DeploymentConditions.newReplicaSetCreated,
                    "Created new replica set \"\(created.metadata.name ?? "")\"", at: cluster.now))
            deployment.status = status
            needsUpdate = true
        }
        if needsUpdate { save(&deployment, in: cluster) }
        return created
    }

    /// HasProgressDeadline: set, and not MaxInt32 ("never").
    func hasProgressDeadline(_ deployment: Deployment) -> Bool {
        guard let seconds = deployment.spec.progressDeadlineSeconds else { return false }
        return seconds != Int(Int32.max)
    }

    /// SetDeploymentRevision.
    private func setRevision(_ deployment: inout Deployment, _ revision: String) -> Bool {
        guard deployment.metadata.annotations?[DeploymentAnnotations.revision] != revision else {
            return false
        }
        var annotations = deployment.metadata.annotations ?? [:]
        annotations[DeploymentAnnotations.revision] = revision
        deployment.metadata.annotations = annotations
        return true
    }
}
