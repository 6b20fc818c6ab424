extension Deployment {
    /// Upstream apps/v1 `SetDefaults_Deployment`.
    public mutating func applyDefaults() {
        metadata.applyDefaults(namespaced: true)
        var spec = self.spec
        if spec.replicas == nil { spec.replicas = 1 }
        var strategy = spec.strategy ?? DeploymentStrategy()
        if strategy.type == nil { strategy.type = .rollingUpdate }
        if strategy.type == .rollingUpdate {
            var rolling = strategy.rollingUpdate ?? RollingUpdateDeployment()
            if rolling.maxUnavailable == nil { rolling.maxUnavailable = "25%" }
            if rolling.maxSurge == nil { rolling.maxSurge = "25%" }
            strategy.rollingUpdate = rolling
        }
        spec.strategy = strategy
        if spec.revisionHistoryLimit == nil { spec.revisionHistoryLimit = 10 }
        if spec.progressDeadlineSeconds == nil { spec.progressDeadlineSeconds = 600 }
        spec.template.applyDefaults()
        self.spec = spec
    }
}
