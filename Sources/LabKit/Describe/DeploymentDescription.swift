import ClusterSim
import KubeModel

/// `kubectl describe deployment` (describe.go `describeDeployment`).
enum DeploymentDescription {
    static func lines(_ deployment: Deployment, in cluster: Cluster) -> [String] {
        var w = DescribeWriter()
        let spec = deployment.spec
        let status = deployment.status
        let created = cluster.creationTime(of: deployment)
        w.write(0, "Name:\t\(deployment.metadata.name ?? "")\n")
        w.write(0, "Namespace:\t\(deployment.metadata.namespace ?? "default")\n")
        w.write(0, "CreationTimestamp:\t\(created.map(\.rfc1123) ?? "")\n")
        w.labels("Labels", deployment.metadata.labels)
        w.annotations("Annotations", deployment.metadata.annotations)
        w.write(0, "Selector:\t\(SelectorText.selector(spec.selector))\n")
        w.write(
            0,
            "Replicas:\t\(spec.replicas ?? 1) desired | \(status?.updatedReplicas ?? 0) updated | "
                + "\(status?.replicas ?? 0) total | \(status?.availableReplicas ?? 0) available | "
                + "\(status?.unavailableReplicas ?? 0) unavailable\n")
        w.write(0, "StrategyType:\t\(spec.strategy?.type?.rawValue ?? "RollingUpdate")\n")
        w.write(0, "MinReadySeconds:\t\(spec.minReadySeconds ?? 0)\n")
        if let rolling = spec.strategy?.rollingUpdate {
            w.write(
                0,
                "RollingUpdateStrategy:\t\(rolling.maxUnavailable?.description ?? "25%") max "
                    + "unavailable, \(rolling.maxSurge?.description ?? "25%") max surge\n")
        }
        w.podTemplate(spec.template)
        w.workloadConditions(status?.conditions)
        let sets = cluster.replicaSets(ofDeployment: deployment)
        if sets.new != nil || !sets.old.isEmpty {
            w.write(0, "OldReplicaSets:\t\(listed(sets.old))\n")
            w.write(0, "NewReplicaSet:\t\(listed(sets.new.map { [$0] } ?? []))\n")
        }
        w.events(about: deployment.storeKey, since: created, in: cluster)
        return w.finish()
    }

    /// `printReplicaSetsByLabels`: `name (2/2 replicas created)`, or `<none>`.
    private static func listed(_ replicaSets: [ReplicaSet]) -> String {
        let names = replicaSets.map {
            "\($0.metadata.name ?? "") (\($0.status?.replicas ?? 0)/\($0.spec.replicas ?? 1) "
                + "replicas created)"
        }
        return names.isEmpty ? "<none>" : names.joined(separator: ", ")
    }
}

extension DescribeWriter {
    /// `DescribePodTemplate`.
    mutating func podTemplate(_ template: PodTemplateSpec) {
        write(0, "Pod Template:\n")
        labels("Labels", template.metadata?.labels, indent: "  ")
        if let annotations = template.metadata?.annotations, !annotations.isEmpty {
            self.annotations("  Annotations", annotations)
        }
        let spec = template.spec
        if let account = spec?.serviceAccountName, !account.isEmpty {
            write(1, "Service Account:\t\(account)\n")
        }
        if let initContainers = spec?.initContainers, !initContainers.isEmpty {
            containers("Init Containers", initContainers, runtime: nil, space: "  ")
        }
        containers("Containers", spec?.containers ?? [], runtime: nil, space: "  ")
        volumes(spec?.volumes ?? [], space: "  ")
        if let className = spec?.priorityClassName, !className.isEmpty {
            write(1, "Priority Class Name:\t\(className)\n")
        }
        labels("Node-Selectors", spec?.nodeSelector, indent: "  ")
        tolerations("Tolerations", spec?.tolerations ?? [], indent: "  ")
    }
}
