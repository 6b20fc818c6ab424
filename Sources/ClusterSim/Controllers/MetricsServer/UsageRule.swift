import KubeModel

/// A scenario's fixed usage for the pods a selector matches (`setUsage`), current and future.
struct UsageRule: Sendable, Hashable {
    var selector: LabelSelector
    var namespace: String
    /// One container's usage, or nil for the application's (the pod's first container).
    var container: String?
    /// Millicores, or nil to keep what the workload model says.
    var cpuMillicores: Int64?
    /// Bytes, or nil to keep what the catalogue says.
    var memoryBytes: Int64?

    func applies(to pod: Pod) -> Bool {
        (pod.metadata.namespace ?? "default") == namespace
            && selector.matches(pod.metadata.labels ?? [:])
    }
}
