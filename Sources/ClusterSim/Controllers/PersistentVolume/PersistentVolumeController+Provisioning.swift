import KubeModel

extension PersistentVolumeController {
    /// Dynamic provisioning (`provisionClaimOperation`): a volume `pvc-<claim uid>` of the
    /// requested size, in the selected node's zone (WaitForFirstConsumer) or the next zone in
    /// turn (Immediate), then bound to the claim.
    func provision(
        _ claim: PersistentVolumeClaim, storageClass: StorageClass, node: Node?,
        in cluster: Cluster
    ) {
        let volumeName = "pvc-\(claim.metadata.uid ?? "")"
        if let existing = cluster.get(PersistentVolume.self, volumeName) {
            bind(existing, to: claim, in: cluster)
            return
        }
        guard let request = claim.spec.requestedStorage else {
            tell(
                .warning, "ProvisioningFailed",
                "failed to provision volume: the claim requests "
                    + "no storage", about: claim, in: cluster)
            return
        }
        let provisioner = storageClass.provisioner
        let annotated = try? cluster.modify(PersistentVolumeClaim.self, claim.storeKey) { claim in
            var annotations = claim.metadata.annotations ?? [:]
            annotations[StorageAnnotations.storageProvisioner] = provisioner
            annotations[StorageAnnotations.betaStorageProvisioner] = provisioner
            claim.metadata.annotations = annotations
        }
        var volume = PersistentVolume(
            metadata: ObjectMeta(
                name: volumeName, annotations: [StorageAnnotations.provisionedBy: provisioner]),
            spec: PersistentVolumeSpec(
                capacity: ["storage": request], accessModes: claim.spec.accessModes,
                storageClassName: storageClass.metadata.name))
        var reference = ObjectReference(
            kind: PersistentVolumeClaim.kind, namespace: claim.storeKey.namespace,
            name: claim.metadata.name)
        reference.apiVersion = "v1"
        reference.uid = claim.metadata.uid
        reference.resourceVersion = annotated?.metadata.resourceVersion
        volume.spec.claimRef = reference
        volume.spec.persistentVolumeReclaimPolicy = storageClass.reclaimPolicy ?? .delete
        volume.spec.mountOptions = storageClass.mountOptions
        volume.spec.volumeMode = claim.spec.volumeMode
        if let zone = zone(for: node, in: cluster) {
            volume.spec.nodeAffinity = VolumeTopology.affinity(zone: zone)
        }
        guard let created = try? cluster.create(volume) else { return }
        cluster.record(
            .normal, "ProvisioningSucceeded",
            "Successfully provisioned volume \(volumeName) using \(provisioner)",
            about: claim.storeKey, from: name)
        bind(created, to: annotated ?? claim, in: cluster)
    }

    /// The selected node's zone; for Immediate binding, the cluster's zones in turn.
    private func zone(for node: Node?, in cluster: Cluster) -> String? {
        if let node { return VolumeTopology.zone(of: node) }
        let zones = VolumeTopology.zones(in: cluster)
        guard !zones.isEmpty else { return nil }
        defer { provisionedCount += 1 }
        return zones[provisionedCount % zones.count]
    }
}
