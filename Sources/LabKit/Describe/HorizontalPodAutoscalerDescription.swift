import ClusterSim
import KubeModel

/// `kubectl describe hpa` (describe.go `describeHorizontalPodAutoscalerV2`).
enum HorizontalPodAutoscalerDescription {
    static func lines(_ hpa: HorizontalPodAutoscaler, in cluster: Cluster) -> [String] {
        var w = DescribeWriter()
        let spec = hpa.spec
        let created = cluster.creationTime(of: hpa)
        w.write(0, "Name:\t\(hpa.metadata.name ?? "")\n")
        w.write(0, "Namespace:\t\(hpa.metadata.namespace ?? "default")\n")
        w.labels("Labels", hpa.metadata.labels)
        w.annotations("Annotations", hpa.metadata.annotations)
        w.write(0, "CreationTimestamp:\t\(created.map(\.rfc1123) ?? "")\n")
        w.write(0, "Reference:\t\(spec.scaleTargetRef.kind)/\(spec.scaleTargetRef.name)\n")
        w.write(0, "Metrics:\t( current / target )\n")
        let statuses = hpa.status?.currentMetrics ?? []
        for (index, metric) in (spec.metrics ?? []).enumerated() {
            w.metric(metric, status: index < statuses.count ? statuses[index] : nil)
        }
        w.write(0, "Min replicas:\t\(spec.minReplicas.map(String.init) ?? "<unset>")\n")
        w.write(0, "Max replicas:\t\(spec.maxReplicas)\n")
        if let behavior = spec.behavior {
            w.write(0, "Behavior:\n")
            w.rules("Scale Up", behavior.scaleUp)
            w.rules("Scale Down", behavior.scaleDown)
        }
        let status = hpa.status
        w.write(
            0,
            "\(spec.scaleTargetRef.kind) pods:\t\(status?.currentReplicas ?? 0) current / "
                + "\(status?.desiredReplicas ?? 0) desired\n")
        if let conditions = status?.conditions, !conditions.isEmpty {
            w.write(0, "Conditions:\n")
            w.write(1, "Type\tStatus\tReason\tMessage\n")
            w.write(1, "----\t------\t------\t-------\n")
            for condition in conditions {
                w.write(
                    1,
                    "\(condition.type)\t\(condition.status)\t\(condition.reason ?? "")\t"
                        + "\(condition.message ?? "")\n")
            }
        }
        w.events(about: hpa.storeKey, since: created, in: cluster)
        return w.finish()
    }
}

extension DescribeWriter {
    /// One metric's `current / target` line.
    fileprivate mutating func metric(_ metric: MetricSpec, status: MetricStatus?) {
        let current =
            status?.resource?.current ?? status?.containerResource?.current
            ?? status?.pods?.current ?? status?.object?.current ?? status?.external?.current
        switch metric.type {
        case .resource, .containerResource:
            let name = metric.resource?.name ?? metric.containerResource?.name ?? ""
            guard let target = metric.resource?.target ?? metric.containerResource?.target else {
                return
            }
            if let container = metric.containerResource?.container {
                write(1, "resource \(name) of container \"\(container)\" on pods")
            } else {
                write(1, "resource \(name) on pods")
            }
            if let average = target.averageValue {
                let now = current?.averageValue?.description ?? "<unknown>"
                return write(0, ":\t\(now) / \(average)\n")
            }
            var now = "<unknown>"
            if let utilization = current?.averageUtilization {
                now = "\(utilization)% (\(current?.averageValue?.description ?? "0"))"
            }
            let goal = target.averageUtilization.map { "\($0)%" } ?? "<auto>"
            write(1, "(as a percentage of request):\t\(now) / \(goal)\n")
        case .pods:
            let goal = metric.pods?.target.averageValue?.description ?? "<unset>"
            let now = current?.averageValue?.description ?? "<unknown>"
            write(1, "\"\(metric.pods?.metric.name ?? "")\" on pods:\t\(now) / \(goal)\n")
        case .object, .external:
            let name = metric.object?.metric.name ?? metric.external?.metric.name ?? ""
            let target = metric.object?.target ?? metric.external?.target
            if let object = metric.object?.describedObject {
                write(1, "\"\(name)\" on \(object.kind)/\(object.name) ")
            } else {
                write(1, "\"\(name)\" ")
            }
            // An object metric goes by its target type, an external one by its average value.
            let average =
                metric.object != nil ? target?.type == .averageValue : target?.averageValue != nil
            if average {
                let now = current?.averageValue?.description ?? "<unknown>"
                let goal = target?.averageValue?.description ?? ""
                write(0, "(target average value):\t\(now) / \(goal)\n")
            } else {
                let now = current?.value?.description ?? "<unknown>"
                write(0, "(target value):\t\(now) / \(target?.value?.description ?? "")\n")
            }
        }
    }

    /// `printDirectionBehavior`.
    fileprivate mutating func rules(_ direction: String, _ rules: HPAScalingRules?) {
        guard let rules else { return }
        write(1, "\(direction):\n")
        if let window = rules.stabilizationWindowSeconds {
            write(2, "Stabilization Window: \(window) seconds\n")
        }
        guard let policies = rules.policies, !policies.isEmpty else { return }
        write(2, "Select Policy: \((rules.selectPolicy ?? .max).rawValue)\n")
        write(2, "Policies:\n")
        for policy in policies {
            write(
                3,
                "- Type: \(policy.type.rawValue)\tValue: \(policy.value)\tPeriod: "
                    + "\(policy.periodSeconds) seconds\n")
        }
    }
}
