extension StatefulSet {
    /// Upstream apps/v1 `SetDefaults_StatefulSet`.
    ///
    /// `rollingUpdate.maxUnavailable` is left
    /// alone: its default of 1 applies only behind the MaxUnavailableStatefulSet feature gate.
    public mutating func applyDefaults() {
        metadata.applyDefaults(namespaced: true)
        var spec = self.spec
        if spec.replicas == nil { spec.replicas = 1 }
        if spec.podManagementPolicy == nil { spec.podManagementPolicy = .orderedReady }
        var strategy = spec.updateStrategy ?? StatefulSetUpdateStrategy()
        if strategy.type == nil { strategy.type = .rollingUpdate }
        if strategy.type == .rollingUpdate {
            var rolling = strategy.rollingUpdate ?? RollingUpdateStatefulSetStrategy()
            if rolling.partition == nil { rolling.partition = 0 }
            strategy.rollingUpdate = rolling
        }
        spec.updateStrategy = strategy
        if spec.revisionHistoryLimit == nil { spec.revisionHistoryLimit = 10 }
        var retention =
            spec.persistentVolumeClaimRetentionPolicy
            ?? StatefulSetPersistentVolumeClaimRetentionPolicy()
        if retention.whenDeleted == nil { retention.whenDeleted = .retain }
        if retention.whenScaled == nil { retention.whenScaled = .retain }
        spec.persistentVolumeClaimRetentionPolicy = retention
        if var templates = spec.volumeClaimTemplates {
            for index in templates.indices {
                templates[index].spec.applyDefaults()
            }
            spec.volumeClaimTemplates = templates
        }
        spec.template.applyDefaults()
        self.spec = spec
    }
}
