public import KubeModel

/// `kubectl rollout history | undo | status` for Deployments
/// (staging/src/k8s.io/kubectl/pkg/polymorphichelpers: history.go, rollback.go, rollout_status.go).
extension Cluster {
    /// The revisions a Deployment's ReplicaSets hold, oldest revision first.
    public func rolloutHistory(deployment name: String, namespace: String = "default")
        throws(APIError) -> [DeploymentRevision]
    {
        let deployment = try existingDeployment(name, namespace)
        var byRevision: [Int: DeploymentRevision] = [:]
        for replicaSet in replicaSets(of: deployment) {
            let revision = replicaSet.revisionNumber
            let containers = replicaSet.spec.template.spec?.containers ?? []
            byRevision[revision] = DeploymentRevision(
                revision: revision,
                changeCause: replicaSet.metadata.annotations?[DeploymentAnnotations.changeCause],
                replicaSetName: replicaSet.metadata.name ?? "", images: containers.map(\.image))
        }
        return byRevision.keys.sorted().compactMap { byRevision[$0] }
    }

    /// Rolls back to `toRevision` (0: the previous one) by copying that ReplicaSet's template
    /// into the Deployment; the controller then makes it the newest revision.
    ///
    /// Returns kubectl's
    /// line: `deployment.apps/order rolled back` or `... skipped rollback (...)`.
    @discardableResult
    public func rolloutUndo(
        deployment name: String, namespace: String = "default", toRevision: Int = 0
    ) throws(APIError) -> String {
        let deployment = try existingDeployment(name, namespace)
        if deployment.spec.paused == true {
            throw Self.rolloutError(
                "you cannot rollback a paused deployment; resume it first with 'kubectl rollout"
                    + " resume' and try again")
        }
        let target = try replicaSet(for: deployment, revision: toRevision)
        if PodTemplateHash.equalIgnoringHash(target.spec.template, deployment.spec.template) {
            return "deployment.apps/\(name) skipped rollback (current template already matches"
                + " revision \(toRevision))"
        }
        let template = PodTemplateHash.withoutHash(target.spec.template)
        // Keep the Deployment's own bookkeeping annotations, take the rest from the revision.
        var annotations: [String: String] = [:]
        for (key, value) in deployment.metadata.annotations ?? [:]
        where DeploymentAnnotations.skipped.contains(key) {
            annotations[key] = value
        }
        for (key, value) in target.metadata.annotations ?? [:]
        where !DeploymentAnnotations.skipped.contains(key) {
            annotations[key] = value
        }
        try modify(Deployment.self, deployment.storeKey) { object in
            object.spec.template = template
            object.metadata.annotations = annotations.isEmpty ? nil : annotations
        }
        return "deployment.apps/\(name) rolled back"
    }

    /// What `kubectl rollout status` would print now.
    public func rolloutStatus(deployment name: String, namespace: String = "default")
        throws(APIError) -> RolloutStatus
    {
        let deployment = try existingDeployment(name, namespace)
        let status = deployment.status
        let quoted = "\"\(name)\""
        guard (deployment.metadata.generation ?? 0) <= (status?.observedGeneration ?? 0) else {
            return RolloutStatus(
                state: .inProgress, message: "Waiting for deployment spec update to be observed...")
        }
        let progressing = DeploymentConditions.get(status, DeploymentConditions.progressing)
        if progressing?.reason == DeploymentConditions.progressDeadlineExceeded {
            return RolloutStatus(
                state: .failed, message: "deployment \(quoted) exceeded its progress deadline")
        }
        let desired = deployment.spec.replicas ?? 1
        let updated = status?.updatedReplicas ?? 0
        let replicas = status?.replicas ?? 0
        let available = status?.availableReplicas ?? 0
        let waiting = "Waiting for deployment \(quoted) rollout to finish: "
        if updated < desired {
            return RolloutStatus(
                state: .inProgress,
                message: waiting + "\(updated) out of \(desired) new replicas have been updated...")
        }
        if replicas > updated {
            return RolloutStatus(
                state: .inProgress,
                message: waiting + "\(replicas - updated) old replicas are pending termination...")
        }
        if available < updated {
            return RolloutStatus(
                state: .inProgress,
                message: waiting + "\(available) of \(updated) updated replicas are available...")
        }
        return RolloutStatus(
            state: .complete, message: "deployment \(quoted) successfully rolled out")
    }

    private func existingDeployment(_ name: String, _ namespace: String) throws(APIError)
        -> Deployment
    {
        guard let deployment = get(Deployment.self, name, namespace: namespace) else {
            throw .notFound(Deployment.resourceName, name)
        }
        return deployment
    }

    /// The Deployment's ReplicaSets as `kubectl describe` lists them (deploymentutil
    /// GetAllReplicaSets): the one of its current template, if made yet, and the older ones
    /// that still want pods.
    public func replicaSets(ofDeployment deployment: Deployment)
        -> (new: ReplicaSet?, old: [ReplicaSet])
    {
        let all = replicaSets(of: deployment)
        let new = all.first {
            PodTemplateHash.equalIgnoringHash($0.spec.template, deployment.spec.template)
        }
        let old = all.filter { $0.storeKey != new?.storeKey && ($0.spec.replicas ?? 1) != 0 }
        return (new, old)
    }

    /// The Deployment's new ReplicaSet and every old one, scaled to zero or not
    /// (deploymentutil `FindNewReplicaSet` and the `allOldRSs` of `FindOldReplicaSets`).
    public func allReplicaSets(ofDeployment deployment: Deployment)
        -> (new: ReplicaSet?, old: [ReplicaSet])
    {
        let all = replicaSets(of: deployment)
        let new = all.first {
            PodTemplateHash.equalIgnoringHash($0.spec.template, deployment.spec.template)
        }
        return (new, all.filter { $0.storeKey != new?.storeKey })
    }

    /// The ReplicaSets the Deployment controls, oldest first.
    private func replicaSets(of deployment: Deployment) -> [ReplicaSet] {
        let uid = deployment.metadata.uid ?? ""
        return dependents(ofUID: uid).compactMap { key in
            guard key.kind == ReplicaSet.kind, let replicaSet = get(ReplicaSet.self, key),
                replicaSet.metadata.ownerReferences?.contains(where: {
                    $0.uid == uid && $0.controller == true
                }) == true
            else { return nil }
            return replicaSet
        }
    }

    /// deploymentRevision: the ReplicaSet of `revision`, or of the second-highest revision.
    private func replicaSet(for deployment: Deployment, revision: Int) throws(APIError)
        -> ReplicaSet
    {
        let sets = replicaSets(of: deployment).filter {
            $0.metadata.annotations?[DeploymentAnnotations.revision].flatMap { Int($0) } != nil
        }
        if revision > 0 {
            guard let found = sets.first(where: { $0.revisionNumber == revision }) else {
                throw Self.rolloutError("unable to find specified revision \(revision) in history")
            }
            return found
        }
        let ordered = sets.sorted { $0.revisionNumber > $1.revisionNumber }
        guard ordered.count >= 2 else {
            throw Self.rolloutError(
                "no rollout history found for deployment \"\(deployment.metadata.name ?? "")\"")
        }
        return ordered[1]
    }

    private static func rolloutError(_ message: String) -> APIError {
        APIError(code: 400, reason: .invalid, message: message)
    }
}
