extension DaemonSet {
    /// Upstream apps/v1 `SetDefaults_DaemonSet`.
    public mutating func applyDefaults() {
        metadata.applyDefaults(namespaced: true)
        var spec = self.spec
        var strategy = spec.updateStrategy ?? DaemonSetUpdateStrategy()
        if strategy.type == nil { strategy.type = .rollingUpdate }
        if strategy.type == .rollingUpdate {
            var rolling = strategy.rollingUpdate ?? RollingUpdateDaemonSet()
            if rolling.maxUnavailable == nil { rolling.maxUnavailable = 1 }
            if rolling.maxSurge == nil { rolling.maxSurge = 0 }
            strategy.rollingUpdate = rolling
        }
        spec.updateStrategy = strategy
        if spec.revisionHistoryLimit == nil { spec.revisionHistoryLimit = 10 }
        spec.template.applyDefaults()
        self.spec = spec
    }
}
