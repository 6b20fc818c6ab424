extension PodSpec {
    /// The resources pod-level `resources` may set (`supportedPodLevelResources`).
    static let podLevelResources: Set<String> = ["cpu", "memory"]

    /// component-helpers resource `AggregateContainerRequests`, for cpu and memory: app
    /// containers summed, each sidecar added, and each init container's request with the
    /// sidecars started before it, the larger of both.
    public var aggregateContainerRequests: [String: Quantity] {
        var result: [String: Quantity] = [:]
        for name in Self.podLevelResources {
            func request(_ container: Container) -> Int64 {
                container.resources?.requests?[name]?.milliValue ?? 0
            }
            var total = containers.reduce(Int64(0)) { $0 + request($1) }
            var sidecars: Int64 = 0
            var initMaximum: Int64 = 0
            for container in initContainers ?? [] {
                if container.isSidecar {
                    total += request(container)
                    sidecars += request(container)
                    initMaximum = max(initMaximum, sidecars)
                } else {
                    initMaximum = max(initMaximum, request(container) + sidecars)
                }
            }
            let value = max(total, initMaximum)
            let anySet = allContainers.contains { $0.resources?.requests?[name] != nil }
            guard anySet else { continue }
            result[name] =
                name == "memory"
                ? Quantity(units: value / 1000, format: .binarySI) : Quantity(milliValue: value)
        }
        return result
    }

    /// pkg/apis/core/v1/defaults.go `defaultPodRequests` (after the containers' requests were
    /// defaulted from their limits): only when pod-level limits are set, each cpu or memory
    /// request left out becomes the containers' effective request, or, when no container
    /// requests it, the pod-level limit.
    mutating func defaultPodLevelRequests() {
        guard var resources, let limits = resources.limits, !limits.isEmpty else { return }
        var requests = resources.requests ?? [:]
        for (name, quantity) in aggregateContainerRequests where requests[name] == nil {
            requests[name] = quantity
        }
        for (name, quantity) in limits
        where requests[name] == nil && Self.podLevelResources.contains(name) {
            requests[name] = quantity
        }
        guard !requests.isEmpty else { return }
        resources.requests = requests
        self.resources = resources
    }
}
