extension StorageClass {
    /// Upstream storage/v1 `SetDefaults_StorageClass`.
    public mutating func applyDefaults() {
        metadata.applyDefaults(namespaced: false)
        if reclaimPolicy == nil { reclaimPolicy = .delete }
        if volumeBindingMode == nil { volumeBindingMode = .immediate }
    }
}
