extension Pod {
    /// Upstream `SetDefaults_Pod` and `SetDefaults_PodSpec`.
    public mutating func applyDefaults() {
        metadata.applyDefaults(namespaced: true)
        spec.applyDefaults()
        spec.applyPodOnlyDefaults()
    }
}
