extension Volume {
    /// Upstream `SetDefaults_Volume` and the source defaults: a volume with no source is an
    /// emptyDir; projected file modes default to 0644.
    mutating func applyDefaults() {
        if !hasSource { emptyDir = EmptyDirVolumeSource() }
        if var source = hostPath, source.type == nil {
            source.type = ""
            hostPath = source
        }
        if var source = configMap, source.defaultMode == nil {
            source.defaultMode = 0o644
            configMap = source
        }
        if var source = secret, source.defaultMode == nil {
            source.defaultMode = 0o644
            secret = source
        }
    }

    /// True when any volume source field is set.
    var hasSource: Bool {
        let typed: [Bool] = [
            persistentVolumeClaim != nil, emptyDir != nil, hostPath != nil, configMap != nil,
            secret != nil,
        ]
        let opaque: [OpaqueValue?] = [
            projected, downwardAPI, ephemeral, csi, nfs, image, iscsi, local,
            awsElasticBlockStore, gcePersistentDisk, azureDisk, azureFile, cephfs, rbd, fc,
        ]
        return typed.contains(true) || opaque.contains { $0 != nil }
    }
}
