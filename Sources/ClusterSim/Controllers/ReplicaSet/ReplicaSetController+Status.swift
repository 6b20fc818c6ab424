import KubeModel

/// The ReplicaSet's status (pkg/controller/replicaset/replica_set_utils.go calculateStatus)
/// and the re-check when a Ready pod will have been Ready for `minReadySeconds`.
extension ReplicaSetController {
    func updateStatus(of replicaSet: ReplicaSet, from active: [ClaimedPod], in cluster: Cluster) {
        updateStatus(
            of: replicaSet, replicas: active.count, fullyLabeled: active.count { $0.fullyLabeled },
            ready: active.count { $0.ready }, available: active.count { $0.available },
            in: cluster)
    }

    func updateStatus(
        of replicaSet: ReplicaSet, replicas: Int, fullyLabeled: Int, ready: Int, available: Int,
        in cluster: Cluster
    ) {
        var status = replicaSet.status ?? ReplicaSetStatus()
        status.replicas = replicas
        status.fullyLabeledReplicas = fullyLabeled
        status.readyReplicas = ready
        status.availableReplicas = available
        status.observedGeneration = replicaSet.metadata.generation
        guard status != replicaSet.status else { return }
        _ = try? cluster.modify(ReplicaSet.self, replicaSet.storeKey) { $0.status = status }
    }

    /// Wakes the ReplicaSet when its next Ready pod becomes available (upstream requeues after
    /// `minReadySeconds`; waking at the exact instant gives the same counts, sooner).
    func scheduleAvailabilityCheck(
        for replicaSet: ReplicaSet, pods: [ClaimedPod], in cluster: Cluster
    ) {
        let minReadySeconds = replicaSet.spec.minReadySeconds ?? 0
        guard minReadySeconds > 0 else { return }
        let key = replicaSet.storeKey
        let times = pods.compactMap(\.availableAt)
        guard let next = times.min() else { return }
        if let pending = pendingWakeUps[key], pending > cluster.now, pending <= next { return }
        pendingWakeUps[key] = next
        cluster.schedule(at: next) { [weak self] cluster in
            guard let self else { return }
            if self.pendingWakeUps[key] == next { self.pendingWakeUps[key] = nil }
            cluster.enqueue(key, for: self)
        }
    }
}
