public import KubeModel

/// `kubectl top pods|nodes` (staging/src/k8s.io/kubectl/pkg/cmd/top, metricsutil/
/// metrics_printer.go): the Metrics API's latest samples as kubectl's table.
extension Cluster {
    /// `kubectl top pods`: the header and one line per pod with a sample, by name.
    ///
    /// Throws "Metrics API not available" without a metrics-server and "metrics not available
    /// yet" while matching pods exist but none is sampled (kubectl prints both as `error: ...`).
    /// Returns no lines when no pod matches (kubectl then says "No resources found in ...").
    public func topPods(namespace: String = "default", selector: LabelSelector? = nil)
        throws(APIError) -> [String]
    {
        guard metricsServer != nil else { throw Self.metricsAPINotAvailable }
        let pods = list(Pod.self, namespace: namespace, selector: selector)
        let rows = pods.compactMap { pod -> (String, PodMetrics)? in
            podMetrics(pod.storeKey).map { (pod.metadata.name ?? "", $0) }
        }.sorted { $0.0 < $1.0 }
        if rows.isEmpty {
            if pods.isEmpty { return [] }
            throw Self.metricsNotAvailableYet
        }
        let lines =
            [["NAME", "CPU(cores)", "MEMORY(bytes)"]]
            + rows.map { name, metrics in
                [name, Self.cpuText(metrics.cpu), Self.memoryText(metrics.memory)]
            }
        return Self.tabulated(lines)
    }

    /// `kubectl top nodes`: usage and its share of allocatable, by node name.
    public func topNodes() throws(APIError) -> [String] {
        guard let server = metricsServer else { throw Self.metricsAPINotAvailable }
        guard server.scrapes > 0 else { throw Self.metricsNotAvailableYet }
        let nodes = list(Node.self).sorted { ($0.metadata.name ?? "") < ($1.metadata.name ?? "") }
        var lines = [["NAME", "CPU(cores)", "CPU%", "MEMORY(bytes)", "MEMORY%"]]
        for node in nodes {
            let name = node.metadata.name ?? ""
            let metrics =
                nodeMetrics(name)
                ?? NodeMetrics(
                    node: name, cpu: .zero, memory: .zero, timestamp: now,
                    window: server.resolution)
            lines.append([
                name, Self.cpuText(metrics.cpu),
                Self.percent(metrics.cpu.milliValue, of: node.allocatableMilliCPU),
                Self.memoryText(metrics.memory),
                Self.percent(metrics.memory.value, of: node.allocatableMemory),
            ])
        }
        return Self.tabulated(lines)
    }

    static let metricsAPINotAvailable = APIError(
        code: 404, reason: .notFound, message: "Metrics API not available")
    static let metricsNotAvailableYet = APIError(
        code: 404, reason: .notFound, message: "metrics not available yet")

    /// `3m`: MilliValue.
    static func cpuText(_ cpu: Quantity) -> String { "\(cpu.milliValue)m" }

    /// `288Mi`: Value / 2^20.
    static func memoryText(_ memory: Quantity) -> String { "\(memory.value / 1_048_576)Mi" }

    static func percent(_ used: Int64, of available: Int64) -> String {
        guard available > 0 else { return "<unknown>" }
        return "\(used * 100 / available)%"
    }

    /// Go's tabwriter as kubectl sets it up (minwidth 6, padding 3), trailing spaces trimmed.
    static func tabulated(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in
            max(6, (rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0) + 3)
        }
        return rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                line += cell
                if column < row.count - 1 {
                    line += String(repeating: " ", count: widths[column] - cell.count)
                }
            }
            return line
        }
    }
}
