import KubeModel

extension PersistentVolumeController {
    /// `syncClaim` / `syncUnboundClaim` (pv_controller.go).
    func syncClaim(_ original: PersistentVolumeClaim, in cluster: Cluster) {
        guard original.metadata.deletionTimestamp == nil else { return }
        if original.status?.phase == .bound, let volumeName = original.spec.volumeName {
            checkBound(original, volumeName: volumeName, in: cluster)
            return
        }
        var claim = original
        // The DefaultStorageClass admission plugin: no class named, the default class is used.
        if claim.spec.storageClassName == nil,
            let defaultClass = cluster.list(StorageClass.self).last(where: \.isDefaultClass),
            let updated = try? cluster.modify(
                PersistentVolumeClaim.self, claim.storeKey,
                {
                    $0.spec.storageClassName = defaultClass.metadata.name
                })
        {
            claim = updated
        }
        let className = claim.spec.storageClassName ?? ""
        let storageClass = className.isEmpty ? nil : cluster.get(StorageClass.self, className)
        let delayBinding = storageClass?.volumeBindingMode == .waitForFirstConsumer
        let nodeName = claim.metadata.annotations?[StorageAnnotations.selectedNode]
        let node = nodeName.flatMap { cluster.get(Node.self, $0) }
        if !delayBinding || nodeName != nil,
            let volume = VolumeMatcher.bestMatch(
                for: claim, among: cluster.list(PersistentVolume.self), node: node)
        {
            bind(volume, to: claim, in: cluster)
            return
        }
        if claim.spec.volumeName != nil { return }  // waits for its named volume
        if delayBinding && nodeName == nil {
            tellWaitingForConsumer(claim, in: cluster)
            return
        }
        guard !className.isEmpty else {
            tell(
                .normal, "FailedBinding",
                "no persistent volumes available for this claim and no storage class is set",
                about: claim, in: cluster)
            return
        }
        guard let storageClass else {
            tell(
                .warning, "ProvisioningFailed",
                "storageclass.storage.k8s.io \"\(className)\" not found", about: claim, in: cluster)
            return
        }
        guard storageClass.provisioner != StorageAnnotations.noProvisioner else {
            tell(
                .normal, "ExternalProvisioning",
                "Waiting for a volume to be created either by the external provisioner "
                    + "'\(storageClass.provisioner)' or manually by the system administrator. "
                    + "If volume creation is delayed, please verify that the provisioner is "
                    + "running and correctly registered.",
                about: claim, in: cluster)
            return
        }
        provision(claim, storageClass: storageClass, node: node, in: cluster)
    }

    /// Binds both ways: the volume's `claimRef` and phase, the claim's `volumeName` and status
    /// (`bind` in pv_controller.go).
    func bind(_ volume: PersistentVolume, to claim: PersistentVolumeClaim, in cluster: Cluster) {
        let volumeName = volume.metadata.name ?? ""
        var reference = ObjectReference(
            kind: PersistentVolumeClaim.kind, namespace: claim.storeKey.namespace,
            name: claim.metadata.name)
        reference.apiVersion = "v1"
        reference.uid = claim.metadata.uid
        reference.resourceVersion = claim.metadata.resourceVersion
        let wasPreBound = volume.spec.claimRef != nil
        let bound = try? cluster.modify(PersistentVolume.self, volume.storeKey) { volume in
            if !wasPreBound {
                volume.metadata.annotations = (volume.metadata.annotations ?? [:]).merging(
                    [StorageAnnotations.boundByController: "yes"]) { $1 }
            }
            volume.spec.claimRef = reference
            volume.status = PersistentVolumeStatus(phase: .bound)
        }
        guard let bound else { return }
        let namedByUser = claim.spec.volumeName != nil
        _ = try? cluster.modify(PersistentVolumeClaim.self, claim.storeKey) { claim in
            var annotations = claim.metadata.annotations ?? [:]
            annotations[StorageAnnotations.bindCompleted] = "yes"
            if !namedByUser { annotations[StorageAnnotations.boundByController] = "yes" }
            claim.metadata.annotations = annotations
            claim.spec.volumeName = volumeName
            var status = claim.status ?? PersistentVolumeClaimStatus()
            status.phase = .bound
            status.accessModes = bound.spec.accessModes
            status.capacity = bound.spec.capacity
            claim.status = status
        }
        lastEvent[claim.storeKey] = nil
    }

    /// A bound claim whose volume is gone is Lost (`syncBoundClaim`).
    private func checkBound(
        _ claim: PersistentVolumeClaim, volumeName: String, in cluster: Cluster
    ) {
        guard cluster.get(PersistentVolume.self, volumeName) == nil else { return }
        _ = try? cluster.modify(PersistentVolumeClaim.self, claim.storeKey) {
            $0.status?.phase = .lost
        }
        tell(
            .warning, "ClaimLost",
            "Bound claim has lost its PersistentVolume. Data on the volume is lost!",
            about: claim, in: cluster)
    }

    /// `emitEventForUnboundDelayBindingClaim`: waiting for a pod, or for its scheduling.
    private func tellWaitingForConsumer(_ claim: PersistentVolumeClaim, in cluster: Cluster) {
        let claimName = claim.metadata.name ?? ""
        let waiting = cluster.list(Pod.self, namespace: claim.storeKey.namespace).filter { pod in
            (pod.spec.nodeName ?? "").isEmpty
                && (pod.spec.volumes ?? []).contains {
                    $0.persistentVolumeClaim?.claimName == claimName
                }
        }.compactMap(\.metadata.name)
        if waiting.isEmpty {
            tell(
                .normal, "WaitForFirstConsumer",
                "waiting for first consumer to be created before binding", about: claim,
                in: cluster)
        } else {
            let pods =
                waiting.count > 1 ? "pods \(waiting.joined(separator: ","))" : "pod \(waiting[0])"
            tell(
                .normal, "WaitForPodScheduled", "waiting for \(pods) to be scheduled",
                about: claim, in: cluster)
        }
    }
}
