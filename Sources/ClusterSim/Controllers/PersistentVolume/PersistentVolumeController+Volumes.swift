import KubeModel

extension PersistentVolumeController {
    /// `syncVolume` (pv_controller.go): a new volume becomes Available; a volume whose claim is
    /// gone is Released, then deleted (reclaim policy Delete) or kept (Retain).
    func syncVolume(_ volume: PersistentVolume, in cluster: Cluster) {
        guard volume.metadata.deletionTimestamp == nil else { return }
        guard let reference = volume.spec.claimRef else {
            setPhase(.available, of: volume, in: cluster)
            return
        }
        let claimKey = ObjectKey(
            kind: PersistentVolumeClaim.kind, namespace: reference.namespace ?? "default",
            name: reference.name ?? "")
        if let claim = cluster.get(PersistentVolumeClaim.self, claimKey),
            reference.uid == nil || reference.uid == claim.metadata.uid
        {
            if claim.spec.volumeName == volume.metadata.name {
                setPhase(.bound, of: volume, in: cluster)
            } else if volume.status?.phase != .bound {
                // Pre-bound to a claim that has not bound yet.
                setPhase(.available, of: volume, in: cluster)
                cluster.enqueue(claimKey, for: self)
            }
            return
        }
        guard reference.uid != nil else {
            setPhase(.available, of: volume, in: cluster)
            return
        }
        setPhase(.released, of: volume, in: cluster)
        switch volume.spec.persistentVolumeReclaimPolicy ?? .retain {
        case .delete:
            try? cluster.delete(PersistentVolume.self, volume.storeKey)
        case .recycle:
            _ = try? cluster.modify(PersistentVolume.self, volume.storeKey) {
                $0.spec.claimRef = nil
                $0.status = PersistentVolumeStatus(phase: .available)
            }
        case .retain:
            break
        }
    }

    private func setPhase(
        _ phase: PersistentVolumePhase, of volume: PersistentVolume, in cluster: Cluster
    ) {
        guard volume.status?.phase != phase else { return }
        _ = try? cluster.modify(PersistentVolume.self, volume.storeKey) {
            var status = $0.status ?? PersistentVolumeStatus()
            status.phase = phase
            $0.status = status
        }
    }
}
