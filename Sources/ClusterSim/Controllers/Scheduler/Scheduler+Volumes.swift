import KubeModel
import OrderedCollections

/// A pod assumed on a node while the PV controller provisions its WaitForFirstConsumer claims
/// for that node (volumebinding PreBind, pkg/scheduler/framework/plugins/volumebinding/).
struct VolumeWait {
    /// Upstream `bindTimeoutSeconds` default.
    static let bindTimeout = VirtualTime.seconds(600)

    let node: String
    let claims: [ObjectKey]
    let cycle: Int64
    let deadline: VirtualTime
}

extension Scheduler {
    /// Annotates each claim with `volume.kubernetes.io/selected-node`, which the PV controller
    /// waits for before provisioning.
    func selectNode(_ nodeName: String, for claims: [ObjectKey], in cluster: Cluster) {
        for key in claims {
            guard let claim = cluster.get(PersistentVolumeClaim.self, key),
                claim.metadata.annotations?[WellKnownLabels.selectedNodeAnnotation] != nodeName
            else { continue }
            _ = try? cluster.modify(PersistentVolumeClaim.self, key) { claim in
                var annotations = claim.metadata.annotations ?? [:]
                annotations[WellKnownLabels.selectedNodeAnnotation] = nodeName
                claim.metadata.annotations = annotations
            }
        }
    }

    func claimChanged(_ claim: PersistentVolumeClaim, in cluster: Cluster) {
        let key = claim.storeKey
        let waiting = waitingOnVolumes.filter { $0.value.claims.contains(key) }.keys
        for pod in waiting { bindIfVolumesReady(pod, in: cluster) }
    }

    func bindIfVolumesReady(_ pod: ObjectKey, in cluster: Cluster) {
        guard let wait = waitingOnVolumes[pod] else { return }
        let ready = wait.claims.allSatisfy { key in
            guard let claim = cluster.get(PersistentVolumeClaim.self, key) else { return false }
            return !(claim.spec.volumeName ?? "").isEmpty
        }
        guard ready else { return }
        // Bind as a separate event: the claim's own update is still being delivered.
        waitingOnVolumes.removeValue(forKey: pod)
        cluster.schedule(after: .zero) { [weak self] cluster in
            self?.bind(pod, to: wait.node, in: cluster)
        }
    }

    func volumeBindingTimedOut(_ pod: ObjectKey, in cluster: Cluster) {
        guard let wait = waitingOnVolumes[pod], wait.deadline <= cluster.now else { return }
        waitingOnVolumes.removeValue(forKey: pod)
        cache.removePod(pod)
        guard let object = cluster.get(Pod.self, pod) else { return }
        fail(
            object,
            message: "running PreBind plugin \"VolumeBinding\": binding volumes: "
                + "timed out waiting for the condition",
            reason: "SchedulerError", rejectedBy: PluginSet(), cycle: wait.cycle, in: cluster)
        armTimers(cluster)
    }
}
