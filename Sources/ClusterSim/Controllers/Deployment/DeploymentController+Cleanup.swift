import KubeModel

/// revisionHistoryLimit (sync.go cleanupDeployment): delete the oldest revisions that run
/// nothing, keeping at most `revisionHistoryLimit` old ReplicaSets.
extension DeploymentController {
    func cleanup(_ deployment: Deployment, old: [ReplicaSet], in cluster: Cluster) {
        guard let limit = deployment.spec.revisionHistoryLimit else { return }
        let cleanable = old.filter { $0.metadata.deletionTimestamp == nil }
        let surplus = cleanable.count - limit
        guard surplus > 0 else { return }
        // ReplicaSetsByRevision, ties (and unparsable revisions) by creation.
        let sorted = cleanable.sorted { lhs, rhs in
            if lhs.revisionNumber != rhs.revisionNumber, lhs.revisionNumber > 0,
                rhs.revisionNumber > 0
            {
                return lhs.revisionNumber < rhs.revisionNumber
            }
            return creationOrder(lhs, in: cluster) < creationOrder(rhs, in: cluster)
        }
        for replicaSet in sorted.prefix(surplus) {
            let observed = replicaSet.status?.observedGeneration ?? 0
            if replicaSet.statusReplicas != 0 || replicaSet.specReplicas != 0
                || (replicaSet.metadata.generation ?? 0) > observed
            {
                continue
            }
            try? cluster.delete(ReplicaSet.self, replicaSet.storeKey)
        }
    }
}
