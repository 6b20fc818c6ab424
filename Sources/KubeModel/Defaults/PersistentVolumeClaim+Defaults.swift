extension PersistentVolumeClaim {
    /// Upstream `SetDefaults_PersistentVolumeClaim`: volume mode and a Pending phase.
    public mutating func applyDefaults() {
        metadata.applyDefaults(namespaced: true)
        var spec = self.spec
        spec.applyDefaults()
        self.spec = spec
        var current = status ?? PersistentVolumeClaimStatus()
        if current.phase == nil { current.phase = .pending }
        status = current
    }
}

extension PersistentVolumeClaimSpec {
    /// Upstream `SetDefaults_PersistentVolumeClaimSpec`.
    mutating func applyDefaults() {
        if volumeMode == nil { volumeMode = .filesystem }
    }
}
