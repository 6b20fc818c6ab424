public import KubeModel

/// `kubectl get hpa` (staging/src/k8s.io/kubectl/pkg/printers/internalversion/printers.go
/// printHorizontalPodAutoscaler, formatHPAMetrics).
extension HorizontalPodAutoscaler {
    /// The TARGETS column: `52%/50%`, `<unknown>/50%`, `4Mi/100Mi`; two metrics at most, then
    /// `+ N more...`.
    ///
    /// API servers from 1.30 on name each resource (`cpu: 52%/50%`); `namingResources` says
    /// whether this one does.
    public func targetsColumn(namingResources: Bool = false) -> String {
        let specs = spec.metrics ?? []
        guard !specs.isEmpty else { return "<none>" }
        let statuses = status?.currentMetrics ?? []
        let list = specs.enumerated().map { index, metric in
            let status = index < statuses.count ? statuses[index] : nil
            switch metric.type {
            case .resource:
                guard let source = metric.resource else { return "<unknown type>" }
                return Self.cell(
                    source.target, current: status?.resource?.current,
                    prefix: namingResources ? "\(source.name): " : "")
            case .containerResource:
                guard let source = metric.containerResource else { return "<unknown type>" }
                return Self.cell(
                    source.target, current: status?.containerResource?.current,
                    prefix: namingResources ? "\(source.name): " : "")
            case .pods:
                let current = status?.pods?.current.averageValue?.description ?? "<unknown>"
                let goal = metric.pods?.target.averageValue?.description ?? "<unknown>"
                return "\(current)/\(goal)"
            case .object, .external:
                guard let target = metric.object?.target ?? metric.external?.target else {
                    return "<unknown type>"
                }
                let current = status?.object?.current ?? status?.external?.current
                if let average = target.averageValue {
                    let value = current?.averageValue?.description ?? "<unknown>"
                    return "\(value)/\(average) (avg)"
                }
                let value = current?.value?.description ?? "<unknown>"
                return "\(value)/\(target.value?.description ?? "<unknown>")"
            }
        }
        let maximum = 2
        guard list.count > maximum else { return list.joined(separator: ", ") }
        return list.prefix(maximum).joined(separator: ", ") + " + \(list.count - maximum) more..."
    }

    /// One resource metric: `4Mi/100Mi` for an average value, else `52%/50%`.
    private static func cell(_ target: MetricTarget, current: MetricValueStatus?, prefix: String)
        -> String
    {
        if let average = target.averageValue {
            let value = current?.averageValue.map(\.description) ?? "<unknown>"
            return "\(prefix)\(value)/\(average)"
        }
        let value = current?.averageUtilization.map { "\($0)%" } ?? "<unknown>"
        let goal = target.averageUtilization.map { "\($0)%" } ?? "<auto>"
        return "\(prefix)\(value)/\(goal)"
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
            hpa.metadata.name ?? "", hpa.referenceColumn, hpa.targetsColumn(),
            String(hpa.spec.minReplicas ?? 1), String(hpa.spec.maxReplicas),
            String(hpa.status?.currentReplicas ?? 0), age,
        ]
    }

    /// The header of `kubectl get hpa`.
    public static let hpaColumns = [
        "NAME", "REFERENCE", "TARGETS", "MINPODS", "MAXPODS", "REPLICAS", "AGE",
    ]
}
