import KubeModel

/// PersistentVolumeClaims: missing or unbound Immediate claims stop the pod before any node is
/// tried; a bound volume's node affinity must match the node; WaitForFirstConsumer claims are
/// provisioned for the chosen node (pkg/scheduler/framework/plugins/volumebinding/).
struct VolumeBinding: FilterPlugin {
    let plugin = SchedulerPlugin.volumeBinding
    static let unboundImmediateReason = "pod has unbound immediate PersistentVolumeClaims"
    static let nodeConflictReason = "node(s) had volume node affinity conflict"
    static let missingVolumeReason =
        "node(s) unavailable due to one or more pvc(s) bound to non-existent pv(s)"

    func preFilter(_ cycle: SchedulingCycle) -> PreFilterOutcome {
        let claimNames = (cycle.pod.spec.volumes ?? []).compactMap(
            \.persistentVolumeClaim?.claimName)
        guard !claimNames.isEmpty else { return .skip }
        var state = VolumeState()
        for name in claimNames {
            guard
                let claim = cycle.cluster.get(
                    PersistentVolumeClaim.self, name, namespace: cycle.namespace)
            else {
                return .reject(reject("persistentvolumeclaim \"\(name)\" not found"))
            }
            if claim.metadata.deletionTimestamp != nil {
                return .reject(reject("persistentvolumeclaim \"\(name)\" is being deleted"))
            }
            if let volumeName = claim.spec.volumeName, !volumeName.isEmpty {
                if let volume = cycle.cluster.get(PersistentVolume.self, volumeName, namespace: "")
                {
                    state.boundVolumes.append(volume)
                } else {
                    state.missingVolume = true
                }
            } else if Self.delaysBinding(claim, in: cycle.cluster) {
                state.delayedClaims.append(claim.storeKey)
            } else {
                return .reject(reject(Self.unboundImmediateReason))
            }
        }
        cycle.volumes = state
        return .proceed
    }

    private func reject(_ message: String) -> FilterFailure {
        FilterFailure(plugin, message, unresolvable: true)
    }

    /// Upstream `IsDelayBindingMode`: the claim's class exists and waits for a consumer.
    static func delaysBinding(_ claim: PersistentVolumeClaim, in cluster: Cluster) -> Bool {
        guard let className = claim.spec.storageClassName, !className.isEmpty,
            let storageClass = cluster.get(StorageClass.self, className, namespace: "")
        else { return false }
        return storageClass.volumeBindingMode == .waitForFirstConsumer
    }

    func filter(_ cycle: SchedulingCycle, _ node: NodeInfo) -> FilterFailure? {
        guard let state = cycle.volumes else { return nil }
        if state.missingVolume { return reject(Self.missingVolumeReason) }
        for volume in state.boundVolumes {
            guard let required = volume.spec.nodeAffinity?.required else { continue }
            if !required.matches(nodeLabels: node.labels) {
                return reject(Self.nodeConflictReason)
            }
        }
        return nil
    }
}

/// The pod's claims as PreFilter found them.
struct VolumeState {
    var boundVolumes: [PersistentVolume] = []
    var delayedClaims: [ObjectKey] = []
    var missingVolume = false
}
