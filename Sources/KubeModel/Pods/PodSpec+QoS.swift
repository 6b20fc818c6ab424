extension PodSpec {
    /// Upstream `GetPodQOS` (pkg/apis/core/v1/helper/qos): only cpu and memory count.
    ///
    /// Call after
    /// defaulting, so that requests copied from limits are seen.
    public var qosClass: QoSClass {
        let computeResources: Set<String> = ["cpu", "memory"]
        var requests: [String: Quantity] = [:]
        var limits: [String: Quantity] = [:]
        var isGuaranteed = true
        for container in allContainers {
            let containerRequests = (container.resources?.requests ?? [:])
                .filter { computeResources.contains($0.key) && !$0.value.isZero }
            let containerLimits = (container.resources?.limits ?? [:])
                .filter { computeResources.contains($0.key) && !$0.value.isZero }
            requests.merge(containerRequests, uniquingKeysWith: +)
            limits.merge(containerLimits, uniquingKeysWith: +)
            if Set(containerLimits.keys) != computeResources {
                isGuaranteed = false
            }
        }
        if requests.isEmpty && limits.isEmpty { return .bestEffort }
        if isGuaranteed, requests == limits { return .guaranteed }
        return .burstable
    }
}
