import ClusterSim
import KubeModel

/// `kubectl top pods` and `kubectl top nodes` from the Metrics API samples.
enum MetricsTable {
    /// Nil when no selected pod has a sample yet (kubectl: "metrics not available yet").
    static func pods(namespace: String, selector: LabelSelector?, in cluster: Cluster)
        -> [String]?
    {
        var rows = [["NAME", "CPU(cores)", "MEMORY(bytes)"]]
        for pod in cluster.list(Pod.self, namespace: namespace, selector: selector) {
            guard let sample = cluster.podMetrics(pod.storeKey) else { continue }
            rows.append([pod.metadata.name ?? "", cpu(sample.cpu), memory(sample.memory)])
        }
        return rows.count > 1 ? TextColumns.aligned(rows) : nil
    }

    /// `kubectl top pods --containers`: POD, NAME and each running container's usage.
    static func containers(namespace: String, selector: LabelSelector?, in cluster: Cluster)
        -> [String]?
    {
        var rows = [["POD", "NAME", "CPU(cores)", "MEMORY(bytes)"]]
        for pod in cluster.list(Pod.self, namespace: namespace, selector: selector) {
            guard let sample = cluster.podMetrics(pod.storeKey) else { continue }
            for container in sample.containers {
                rows.append([
                    pod.metadata.name ?? "", container.name, cpu(container.cpu),
                    memory(container.memory),
                ])
            }
        }
        return rows.count > 1 ? TextColumns.aligned(rows) : nil
    }

    static func nodes(in cluster: Cluster) -> [String]? {
        var rows = [["NAME", "CPU(cores)", "CPU%", "MEMORY(bytes)", "MEMORY%"]]
        for node in cluster.list(Node.self) {
            let name = node.metadata.name ?? ""
            guard let sample = cluster.nodeMetrics(name) else { continue }
            let allocatable = node.status?.allocatable ?? [:]
            rows.append([
                name, cpu(sample.cpu),
                percent(sample.cpu.milliValue, of: allocatable["cpu"]?.milliValue),
                memory(sample.memory),
                percent(sample.memory.value, of: allocatable["memory"]?.value),
            ])
        }
        return rows.count > 1 ? TextColumns.aligned(rows) : nil
    }

    /// Millicores, as kubectl prints them: `250m`.
    private static func cpu(_ quantity: Quantity) -> String {
        "\(quantity.milliValue)m"
    }

    /// Mebibytes, as kubectl prints them: `288Mi`.
    private static func memory(_ quantity: Quantity) -> String {
        "\(quantity.value / (1024 * 1024))Mi"
    }

    private static func percent(_ used: Int64, of total: Int64?) -> String {
        guard let total, total > 0 else { return "<unknown>" }
        return "\(used * 100 / total)%"
    }
}
