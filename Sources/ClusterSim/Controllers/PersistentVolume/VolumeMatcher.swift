import KubeModel

/// Finds the volume a claim binds to: the pre-bound one, else the smallest available volume of
/// the same class whose access modes, mode, labels, capacity and node affinity fit
/// (pkg/controller/volume/persistentvolume/util `FindMatchingVolume`).
enum VolumeMatcher {
    static func bestMatch(
        for claim: PersistentVolumeClaim, among volumes: [PersistentVolume], node: Node?
    ) -> PersistentVolume? {
        let request = claim.spec.requestedStorage ?? Quantity(units: 0)
        var best: (volume: PersistentVolume, capacity: Quantity)?
        for volume in volumes where volume.metadata.deletionTimestamp == nil {
            if let ref = volume.spec.claimRef {
                if isPreBound(ref, to: claim) && fits(volume, claim, node: node) { return volume }
                continue
            }
            guard volume.status?.phase != .released, volume.status?.phase != .failed,
                fits(volume, claim, node: node)
            else { continue }
            let capacity = volume.spec.capacity?["storage"] ?? Quantity(units: 0)
            guard !(capacity < request) else { continue }
            if best.map({ capacity < $0.capacity }) ?? true { best = (volume, capacity) }
        }
        return best?.volume
    }

    /// A `claimRef` naming this claim (and its uid, when the reference has one).
    static func isPreBound(_ ref: ObjectReference, to claim: PersistentVolumeClaim) -> Bool {
        ref.name == claim.metadata.name && (ref.namespace ?? "default") == claim.storeKey.namespace
            && (ref.uid == nil || ref.uid == claim.metadata.uid)
    }

    private static func fits(
        _ volume: PersistentVolume, _ claim: PersistentVolumeClaim, node: Node?
    ) -> Bool {
        guard (volume.spec.storageClassName ?? "") == (claim.spec.storageClassName ?? "") else {
            return false
        }
        let offered = volume.spec.accessModes ?? []
        guard (claim.spec.accessModes ?? []).allSatisfy(offered.contains) else { return false }
        guard (volume.spec.volumeMode ?? .filesystem) == (claim.spec.volumeMode ?? .filesystem)
        else { return false }
        if let selector = claim.spec.selector, !selector.matches(volume.metadata.labels ?? [:]) {
            return false
        }
        if let node, let required = volume.spec.nodeAffinity?.required {
            return VolumeTopology.matches(required, node: node)
        }
        return true
    }
}
