public import KubeModel

/// `kubectl get hpa` (staging/src/k8s.io/kubectl/pkg/printers/internalversion/printers.go
/// printHorizontalPodAutoscaler, formatHPAMetrics).
extension HorizontalPodAutoscaler {
    /// The TARGETS column: `1152%/50%`, `<unknown>/50%`, `150m/100m`; at most three metrics.
    public var targetsColumn: String {
        let specs = spec.metrics ?? []
        let statuses = status?.currentMetrics ?? []
        var list: [String] = []
        for (index, metric) in specs.enumerated() {
            let current = index < statuses.count ? statuses[index].resource?.current : nil
            switch metric.type {
            case .resource:
                guard let target = metric.resource?.target else { continue }
                if let average = target.averageValue {
                    let value = current?.averageValue.map(\.description) ?? "<unknown>"
                    list.append("\(value)/\(average)")
                } else {
                    let value = current?.averageUtilization.map { "\($0)%" } ?? "<unknown>"
                    let goal = target.averageUtilization.map { "\($0)%" } ?? "<auto>"
                    list.append("\(value)/\(goal)")
                }
            default:
                list.append("<unknown>/<unknown>")
            }
        }
        if list.isEmpty { return "<none>" }
        if list.count > 3 {
            return list.prefix(3).joined(separator: ", ") + " + \(list.count - 3) more..."
        }
        return list.joined(separator: ", ")
    }

    /// The REFERENCE column: `Deployment/order`.
    public var referenceColumn: String {
        "\(spec.scaleTargetRef.kind)/\(spec.scaleTargetRef.name)"
    }
}

extension Cluster {
    /// `kubectl get hpa NAME` columns: NAME, REFERENCE, TARGETS, MINPODS, MAXPODS, REPLICAS, AGE.
    public func hpaRow(_ hpa: HorizontalPodAutoscaler) -> [String] {
        let age = creationTime(of: hpa).map { (now - $0).age } ?? "0s"
        return [
            hpa.metadata.name ?? "", hpa.referenceColumn, hpa.targetsColumn,
            String(hpa.spec.minReplicas ?? 1), String(hpa.spec.maxReplicas),
            String(hpa.status?.currentReplicas ?? 0), age,
        ]
    }

    /// The header of `kubectl get hpa`.
    public static let hpaColumns = [
        "NAME", "REFERENCE", "TARGETS", "MINPODS", "MAXPODS", "REPLICAS", "AGE",
    ]
}
