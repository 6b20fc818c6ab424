extension PersistentVolume {
    /// Upstream `SetDefaults_PersistentVolume`: Retain, Filesystem, phase Pending.
    public mutating func applyDefaults() {
        metadata.applyDefaults(namespaced: false)
        var spec = self.spec
        if spec.persistentVolumeReclaimPolicy == nil {
            spec.persistentVolumeReclaimPolicy = .retain
        }
        if spec.volumeMode == nil { spec.volumeMode = .filesystem }
        var current = status ?? PersistentVolumeStatus()
        if current.phase == nil { current.phase = .pending }
        status = current
        self.spec = spec
    }
}
