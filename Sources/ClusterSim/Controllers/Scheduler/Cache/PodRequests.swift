public import KubeModel

/// What a pod asks of a node, computed as upstream `resource.PodRequests`
/// (k8s.io/component-helpers/resource/helpers.go): app containers summed, sidecars added,
/// each init container's request with the sidecars before it, the larger of both, plus
/// `overhead`.
public struct PodRequests: Sendable, Hashable {
    /// The requests counted against allocatable (NodeResourcesFit).
    public var requests: ResourceAmounts
    /// The same with upstream's defaults for a container without a request (100m cpu, 200Mi
    /// memory), used by scoring (pkg/scheduler/util/pod_resources.go).
    public var nonZeroRequests: ResourceAmounts

    /// Upstream `DefaultMilliCPURequest`.
    static let defaultMilliCPU: Int64 = 100
    /// Upstream `DefaultMemoryRequest`: 200 MiB.
    static let defaultMemory: Int64 = 200 * 1024 * 1024

    public init(_ spec: PodSpec) {
        requests = Self.compute(spec) { ResourceAmounts($0.resources?.requests) }
        nonZeroRequests = Self.compute(spec) { container in
            let amounts = ResourceAmounts(container.resources?.requests)
            let requests = container.resources?.requests
            return ResourceAmounts(
                milliCPU: requests?["cpu"] == nil ? Self.defaultMilliCPU : amounts.milliCPU,
                memory: requests?["memory"] == nil ? Self.defaultMemory : amounts.memory)
        }
        // PodRequests: pod-level cpu and memory requests, when set, replace the containers'
        // (overhead still comes on top).
        if let podLevel = spec.resources?.requests {
            let overhead = ResourceAmounts(spec.overhead)
            if let cpu = podLevel["cpu"] {
                requests.milliCPU = cpu.milliValue + overhead.milliCPU
                nonZeroRequests.milliCPU = requests.milliCPU
            }
            if let memory = podLevel["memory"] {
                requests.memory = memory.value + overhead.memory
                nonZeroRequests.memory = requests.memory
            }
        }
    }

    private static func compute(
        _ spec: PodSpec, _ request: (Container) -> ResourceAmounts
    ) -> ResourceAmounts {
        var total = spec.containers.reduce(ResourceAmounts.zero) { $0 + request($1) }
        var sidecars = ResourceAmounts.zero
        var initMaximum = ResourceAmounts.zero
        for container in spec.initContainers ?? [] {
            let own = request(container)
            if container.restartPolicy == .always {
                total = total + own
                sidecars = sidecars + own
                initMaximum = initMaximum.maximum(sidecars)
            } else {
                initMaximum = initMaximum.maximum(own + sidecars)
            }
        }
        return total.maximum(initMaximum) + ResourceAmounts(spec.overhead)
    }
}
