import KubeModel

/// Creating and deleting pods (pkg/controller/replicaset/replica_set.go manageReplicas).
extension ReplicaSetController {
    /// upstream BurstReplicas: at most this many creations or deletions per sync.
    static let burstReplicas = 500
    /// upstream controller.SlowStartInitialBatchSize.
    static let slowStartInitialBatchSize = 1

    func manageReplicas(_ active: [ClaimedPod], of replicaSet: ReplicaSet, in cluster: Cluster) {
        let difference = active.count - (replicaSet.spec.replicas ?? 1)
        if difference < 0 {
            createPods(-difference, for: replicaSet, in: cluster)
        } else if difference > 0 {
            let count = min(difference, Self.burstReplicas)
            let ranking = PodDeletionRanking(now: cluster.now)
            let related = relatedPods(of: replicaSet, in: cluster)
            // Only a shrinking ReplicaSet needs the pods themselves, to rank them.
            let pods = active.compactMap { cluster.get(Pod.self, $0.key) }
            for pod in ranking.podsToDelete(from: pods, related: related, count: count) {
                deletePod(pod, of: replicaSet, in: cluster)
            }
        }
    }

    /// Creates up to `missing` pods (at most `burstReplicas` in one sync).
    func createPods(_ missing: Int, for replicaSet: ReplicaSet, in cluster: Cluster) {
        let count = min(missing, Self.burstReplicas)
        slowStartBatch(count: count) { createPod(for: replicaSet, in: cluster) }
    }

    /// slowStartBatch: batches of 1, 2, 4, ...
    ///
    /// so that a failing create (quota, a bad
    /// template) fails once, not `count` times; stops at the first batch with an error.
    private func slowStartBatch(count: Int, _ create: () -> Bool) {
        var remaining = count
        var batch = min(remaining, Self.slowStartInitialBatchSize)
        while batch > 0 {
            var failed = false
            for _ in 0..<batch where !create() { failed = true }
            if failed { return }
            remaining -= batch
            batch = min(2 * batch, remaining)
        }
    }

    /// controller.GetPodFromTemplate, then the `SuccessfulCreate` event of RealPodControl.
    private func createPod(for replicaSet: ReplicaSet, in cluster: Cluster) -> Bool {
        let template = replicaSet.spec.template
        var metadata = ObjectMeta(
            namespace: replicaSet.storeKey.namespace, labels: template.metadata?.labels,
            annotations: template.metadata?.annotations)
        metadata.generateName = (replicaSet.metadata.name ?? "") + "-"
        metadata.finalizers = template.metadata?.finalizers
        metadata.ownerReferences = [Self.controllerReference(to: replicaSet)]
        let pod = Pod(metadata: metadata, spec: template.spec ?? PodSpec(containers: []))
        return PodControl(controller: name, owner: replicaSet.storeKey).create(pod, in: cluster)
    }

    private func deletePod(_ pod: Pod, of replicaSet: ReplicaSet, in cluster: Cluster) {
        PodControl(controller: name, owner: replicaSet.storeKey).delete(pod, in: cluster)
    }

    /// getIndirectlyRelatedPods: the pods of every ReplicaSet with the same controller owner
    /// (the Deployment's other revisions), to rank pods by how crowded their node is.
    private func relatedPods(of replicaSet: ReplicaSet, in cluster: Cluster) -> [Pod] {
        let ownerSets: [ObjectKey]
        if let owner = PodAvailability.controllerOf(replicaSet.metadata) {
            ownerSets = cluster.dependents(ofUID: owner.uid).filter { $0.kind == ReplicaSet.kind }
        } else {
            ownerSets = [replicaSet.storeKey]
        }
        return ownerSets.flatMap { key -> [Pod] in
            guard let uid = cluster.get(ReplicaSet.self, key)?.metadata.uid else { return [] }
            return cluster.dependents(ofUID: uid).compactMap { podKey in
                guard podKey.kind == Pod.kind, let pod = cluster.get(Pod.self, podKey),
                    PodAvailability.controllerOf(pod.metadata)?.uid == uid
                else { return nil }
                return pod
            }
        }
    }
}
