import ClusterSim
import KubeModel

/// `kubectl describe pvc|pdb` (describe.go `describePersistentVolumeClaim`,
/// `describePodDisruptionBudgetV1`).
enum StorageAndPolicyDescriptions {
    static func claim(_ claim: PersistentVolumeClaim, in cluster: Cluster) -> [String] {
        var w = DescribeWriter()
        let key = claim.storeKey
        w.write(0, "Name:\t\(key.name)\n")
        w.write(0, "Namespace:\t\(key.namespace)\n")
        w.write(0, "StorageClass:\t\(claim.spec.storageClassName ?? "")\n")
        if let deletion = claim.metadata.deletionTimestamp {
            w.write(0, "Status:\tTerminating (lasts \(w.since(deletion, in: cluster)))\n")
        } else {
            w.write(0, "Status:\t\(claim.status?.phase?.rawValue ?? "")\n")
        }
        let volume = claim.spec.volumeName ?? ""
        w.write(0, "Volume:\t\(volume)\n")
        w.labels("Labels", claim.metadata.labels)
        w.annotations("Annotations", claim.metadata.annotations)
        w.write(0, "Finalizers:\t[\((claim.metadata.finalizers ?? []).joined(separator: " "))]\n")
        let bound = !volume.isEmpty
        w.write(
            0, "Capacity:\t\(bound ? claim.status?.capacity?["storage"]?.description ?? "" : "")\n")
        w.write(
            0,
            "Access Modes:\t\(bound ? KubectlTable.accessModes(claim.status?.accessModes) : "")\n")
        if let mode = claim.spec.volumeMode { w.write(0, "VolumeMode:\t\(mode.rawValue)\n") }
        let users = cluster.list(Pod.self, namespace: key.namespace).filter { pod in
            (pod.spec.volumes ?? []).contains { $0.persistentVolumeClaim?.claimName == key.name }
        }.compactMap(\.metadata.name).sorted()
        w.write(0, "Used By:\t")
        if users.isEmpty { w.write(0, "<none>\n") }
        for (index, name) in users.enumerated() {
            w.write(0, (index > 0 ? "\t" : "") + name + "\n")
        }
        w.events(about: key, since: cluster.creationTime(of: claim), in: cluster)
        return w.finish()
    }

    static func budget(_ budget: PodDisruptionBudget, in cluster: Cluster) -> [String] {
        var w = DescribeWriter()
        let key = budget.storeKey
        w.write(0, "Name:\t\(key.name)\n")
        w.write(0, "Namespace:\t\(key.namespace)\n")
        if let minimum = budget.spec?.minAvailable {
            w.write(0, "Min available:\t\(minimum)\n")
        } else if let maximum = budget.spec?.maxUnavailable {
            w.write(0, "Max unavailable:\t\(maximum)\n")
        }
        if let selector = budget.spec?.selector {
            w.write(0, "Selector:\t\(SelectorText.formatted(selector))\n")
        } else {
            w.write(0, "Selector:\t<unset>\n")
        }
        let status = budget.status
        w.write(0, "Status:\n")
        w.write(2, "Allowed disruptions:\t\(status?.disruptionsAllowed ?? 0)\n")
        w.write(2, "Current:\t\(status?.currentHealthy ?? 0)\n")
        w.write(2, "Desired:\t\(status?.desiredHealthy ?? 0)\n")
        w.write(2, "Total:\t\(status?.expectedPods ?? 0)\n")
        w.events(about: key, since: cluster.creationTime(of: budget), in: cluster)
        return w.finish()
    }
}
