import ClusterSim
import KubeModel

/// `kubectl describe statefulset|replicaset` (describe.go `describeStatefulSet`,
/// `describeReplicaSet`).
enum WorkloadDescriptions {
    static func statefulSet(_ set: StatefulSet, in cluster: Cluster) -> [String] {
        var w = DescribeWriter()
        let created = cluster.creationTime(of: set)
        w.write(0, "Name:\t\(set.metadata.name ?? "")\n")
        w.write(0, "Namespace:\t\(set.metadata.namespace ?? "default")\n")
        w.write(0, "CreationTimestamp:\t\(created.map(\.rfc1123) ?? "")\n")
        w.write(0, "Selector:\t\(SelectorText.selector(set.spec.selector))\n")
        w.labels("Labels", set.metadata.labels)
        w.annotations("Annotations", set.metadata.annotations)
        w.write(
            0, "Replicas:\t\(set.spec.replicas ?? 1) desired | \(set.status?.replicas ?? 0) total\n"
        )
        let strategy = set.spec.updateStrategy
        w.write(0, "Update Strategy:\t\(strategy?.type?.rawValue ?? "RollingUpdate")\n")
        if let partition = strategy?.rollingUpdate?.partition {
            w.write(1, "Partition:\t\(partition)\n")
            if let maxUnavailable = strategy?.rollingUpdate?.maxUnavailable {
                w.write(1, "MaxUnavailable:\t\(maxUnavailable)\n")
            }
        }
        w.write(
            0, "Pods Status:\t\(podsStatus(of: set, selector: set.spec.selector, in: cluster))\n")
        w.podTemplate(set.spec.template)
        w.volumeClaims(set.spec.volumeClaimTemplates ?? [])
        w.events(about: set.storeKey, since: created, in: cluster)
        return w.finish()
    }

    static func replicaSet(_ set: ReplicaSet, in cluster: Cluster) -> [String] {
        var w = DescribeWriter()
        w.write(0, "Name:\t\(set.metadata.name ?? "")\n")
        w.write(0, "Namespace:\t\(set.metadata.namespace ?? "default")\n")
        w.write(0, "Selector:\t\(SelectorText.formatted(set.spec.selector))\n")
        w.labels("Labels", set.metadata.labels)
        w.annotations("Annotations", set.metadata.annotations)
        w.controller(of: set.metadata)
        w.write(
            0,
            "Replicas:\t\(set.status?.replicas ?? 0) current / \(set.spec.replicas ?? 1) desired\n")
        w.write(
            0, "Pods Status:\t\(podsStatus(of: set, selector: set.spec.selector, in: cluster))\n")
        w.podTemplate(set.spec.template)
        w.workloadConditions(set.status?.conditions)
        w.events(about: set.storeKey, since: cluster.creationTime(of: set), in: cluster)
        return w.finish()
    }

    /// `getPodStatusForController`: the controller's own pods (by controller reference) among
    /// those its selector matches, by phase.
    private static func podsStatus<T: StoredKind>(
        of owner: T, selector: LabelSelector, in cluster: Cluster
    ) -> String {
        let uid = owner.metadata.uid
        var counts: [PodPhase: Int] = [:]
        for pod in cluster.list(Pod.self, namespace: owner.storeKey.namespace, selector: selector)
        where pod.metadata.ownerReferences?.contains(where: {
            $0.controller == true && $0.uid == uid
        })
            == true
        {
            counts[pod.status?.phase ?? .pending, default: 0] += 1
        }
        return "\(counts[.running] ?? 0) Running / \(counts[.pending] ?? 0) Waiting / "
            + "\(counts[.succeeded] ?? 0) Succeeded / \(counts[.failed] ?? 0) Failed"
    }
}

extension DescribeWriter {
    /// `describeVolumeClaimTemplates`.
    fileprivate mutating func volumeClaims(_ templates: [PersistentVolumeClaimTemplate]) {
        guard !templates.isEmpty else { return write(0, "Volume Claims:\t<none>\n") }
        write(0, "Volume Claims:\n")
        for claim in templates {
            write(1, "Name:\t\(claim.metadata.name ?? "")\n")
            write(1, "StorageClass:\t\(claim.spec.storageClassName ?? "")\n")
            labels("Labels", claim.metadata.labels, indent: "  ")
            labels("Annotations", claim.metadata.annotations, indent: "  ")
            write(1, "Capacity:\t\(claim.spec.requestedStorage?.description ?? "<default>")\n")
            let modes = (claim.spec.accessModes ?? []).map(\.rawValue).joined(separator: " ")
            write(1, "Access Modes:\t[\(modes)]\n")
        }
    }
}
