extension HorizontalPodAutoscalerV1 {
    /// Upstream autoscaling/v1 defaults: minReplicas 1.
    ///
    /// The cpu target stays unset here;
    /// `converted()` applies the 80 % default.
    public mutating func applyDefaults() {
        metadata.applyDefaults(namespaced: true)
        var spec = self.spec
        if spec.minReplicas == nil { spec.minReplicas = 1 }
        self.spec = spec
    }
}
