import KubeModel

extension StatefulSetController {
    /// Writes the set's status from its pods (`updateStatus`, `completeRollingUpdate` in
    /// pkg/controller/statefulset/stateful_set_control.go); unchanged status is not written.
    func updateStatus(
        of set: StatefulSet, revisions: StatefulSetSync.Revisions, in cluster: Cluster
    ) {
        let minReadySeconds = set.spec.minReadySeconds ?? 0
        var status = set.status ?? StatefulSetStatus()
        var replicas = 0
        var ready = 0
        var available = 0
        var current = 0
        var updated = 0
        for pod in Self.ownedPods(of: set, in: cluster) {
            replicas += 1
            if StatefulPodState.isRunningAndReady(pod) {
                ready += 1
                if StatefulPodState.isAvailable(
                    pod, minReadySeconds: minReadySeconds, now: cluster.now)
                {
                    available += 1
                }
            }
            guard !StatefulPodState.isTerminating(pod) else { continue }
            let revision = pod.metadata.labels?[StatefulSetIdentity.revisionLabel]
            if revision == revisions.current { current += 1 }
            if revision == revisions.update { updated += 1 }
        }
        status.observedGeneration = set.metadata.generation
        status.replicas = replicas
        status.readyReplicas = ready
        status.availableReplicas = available
        status.currentReplicas = current
        status.updatedReplicas = updated
        status.currentRevision = revisions.current
        status.updateRevision = revisions.update
        if status.collisionCount == nil { status.collisionCount = 0 }
        // completeRollingUpdate: every replica updated and ready.
        let desired = set.spec.replicas ?? 1
        if set.spec.updateStrategy?.type != .onDelete, updated == desired, ready == desired,
            replicas == desired
        {
            status.currentRevision = revisions.update
            status.currentReplicas = updated
        }
        guard status != set.status else { return }
        _ = try? cluster.modify(StatefulSet.self, set.storeKey) { $0.status = status }
    }
}
