extension ReplicaSet {
    /// Upstream apps/v1 `SetDefaults_ReplicaSet`.
    public mutating func applyDefaults() {
        metadata.applyDefaults(namespaced: true)
        var spec = self.spec
        if spec.replicas == nil { spec.replicas = 1 }
        spec.template.applyDefaults()
        self.spec = spec
    }
}
