import KubeModel

/// The annotations a Deployment keeps on its ReplicaSets (deployment_util.go
/// SetNewReplicaSetAnnotations, copyDeploymentAnnotationsToReplicaSet, SetReplicasAnnotations).
extension DeploymentController {
    /// Returns whether anything changed.
    func setNewReplicaSetAnnotations(
        _ deployment: Deployment, _ replicaSet: inout ReplicaSet, revision: Int, exists: Bool
    ) -> Bool {
        var annotations = replicaSet.metadata.annotations ?? [:]
        var changed = false
        for (key, value) in deployment.metadata.annotations ?? [:]
        where !DeploymentAnnotations.skipped.contains(key) && annotations[key] != value {
            annotations[key] = value
            changed = true
        }
        let oldText = annotations[DeploymentAnnotations.revision]
        let oldRevision: Int
        if let oldText {
            guard let parsed = Int(oldText) else { return false }
            oldRevision = parsed
        } else {
            oldRevision = 0
        }
        if oldRevision < revision {
            annotations[DeploymentAnnotations.revision] = String(revision)
            changed = true
            // A ReplicaSet getting a newer revision is a rollback: keep its old numbers.
            if let oldText {
                annotations[DeploymentAnnotations.revisionHistory] = Self.appendingHistory(
                    annotations[DeploymentAnnotations.revisionHistory] ?? "", oldText)
            }
        }
        replicaSet.metadata.annotations = annotations
        if !exists {
            let desired = RolloutMath.replicas(deployment)
            if setReplicasAnnotations(
                &replicaSet, desired: desired, max: desired + RolloutMath.maxSurge(deployment))
            {
                changed = true
            }
        }
        return changed
    }

    /// The revision-history list with `revision` appended, dropping the oldest entries past
    /// maxRevHistoryLengthInChars.
    private static func appendingHistory(_ history: String, _ revision: String) -> String {
        if history.isEmpty { return revision }
        var old = history.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        var total = history.count + revision.count + 1
        var start = 0
        while total > DeploymentAnnotations.maxRevisionHistoryLength, start < old.count {
            total -= old[start].count + 1
            start += 1
        }
        guard total <= DeploymentAnnotations.maxRevisionHistoryLength else { return history }
        old = Array(old[start...]) + [revision]
        return old.joined(separator: ",")
    }

    /// SetReplicasAnnotations: `desired-replicas` and `max-replicas`; whether they changed.
    func setReplicasAnnotations(_ replicaSet: inout ReplicaSet, desired: Int, max: Int) -> Bool {
        var annotations = replicaSet.metadata.annotations ?? [:]
        let before = annotations
        annotations[DeploymentAnnotations.desiredReplicas] = String(desired)
        annotations[DeploymentAnnotations.maxReplicas] = String(max)
        replicaSet.metadata.annotations = annotations
        return annotations != before
    }

    /// ReplicasAnnotationsNeedUpdate.
    func replicasAnnotationsNeedUpdate(_ replicaSet: ReplicaSet, desired: Int, max: Int) -> Bool {
        replicaSet.metadata.annotations?[DeploymentAnnotations.desiredReplicas] != String(desired)
            || replicaSet.metadata.annotations?[DeploymentAnnotations.maxReplicas] != String(max)
    }
}
