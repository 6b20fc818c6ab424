import KubeModel

/// The Volumes section of `kubectl describe` (describe.go `describeVolumes`).
extension DescribeWriter {
    /// The pod's volumes, then the service account token volume when `token` names one.
    mutating func volumes(_ volumes: [Volume], token: String? = nil, space: String) {
        guard !volumes.isEmpty || token != nil else {
            return write(0, "\(space)Volumes:\t<none>\n")
        }
        write(0, "\(space)Volumes:\n")
        for volume in volumes {
            write(1, "\(space.isEmpty ? "" : " ")\(volume.name):\n")
            source(of: volume)
        }
        if let token {
            write(1, "\(token):\n")
            write(
                2, "Type:\tProjected (a volume that contains injected data from multiple sources)\n"
            )
            write(2, "TokenExpirationSeconds:\t3607\n")
            write(2, "ConfigMapName:\tkube-root-ca.crt\n    Optional:\tfalse\n")
            write(2, "DownwardAPI:\ttrue\n")
        }
    }

    private mutating func source(of volume: Volume) {
        if let claim = volume.persistentVolumeClaim {
            write(
                2,
                "Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same "
                    + "namespace)\n    ClaimName:\t\(claim.claimName)\n"
                    + "    ReadOnly:\t\(claim.readOnly ?? false)\n")
        } else if let emptyDir = volume.emptyDir {
            let limit = emptyDir.sizeLimit.flatMap { $0.isZero ? nil : $0.description }
            write(
                2,
                "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n"
                    + "    Medium:\t\(emptyDir.medium ?? "")\n    SizeLimit:\t\(limit ?? "<unset>")\n"
            )
        } else if let hostPath = volume.hostPath {
            write(
                2,
                "Type:\tHostPath (bare host directory volume)\n    Path:\t\(hostPath.path)\n"
                    + "    HostPathType:\t\(hostPath.type ?? "<none>")\n")
        } else if let configMap = volume.configMap {
            write(
                2,
                "Type:\tConfigMap (a volume populated by a ConfigMap)\n"
                    + "    Name:\t\(configMap.name ?? "")\n    Optional:\t\(configMap.optional ?? false)\n"
            )
        } else if let secret = volume.secret {
            write(
                2,
                "Type:\tSecret (a volume populated by a Secret)\n"
                    + "    SecretName:\t\(secret.secretName ?? "")\n"
                    + "    Optional:\t\(secret.optional ?? false)\n")
        } else {
            write(1, "<unknown>\n")
        }
    }
}
