extension PodSpec {
    /// Upstream `GetPodQOS` (pkg/apis/core/v1/helper/qos): only cpu and memory count.
    ///
    /// Call after
    /// defaulting, so that requests copied from limits are seen.
    public var qosClass: QoSClass {
        // ComputePodQOS: pod-level resources, when the pod has them, decide alone (the API
        // server keeps them only with the PodLevelResources gate on).
        if let resources { return Self.resourceQOS([resources]) }
        return Self.resourceQOS(allContainers.map { $0.resources ?? ResourceRequirements() })
    }

    /// qos.go: BestEffort without cpu or memory requests or limits; Guaranteed when every set
    /// limits both and requests equal limits; else Burstable.
    private static func resourceQOS(_ sets: [ResourceRequirements]) -> QoSClass {
        let computeResources: Set<String> = ["cpu", "memory"]
        var requests: [String: Quantity] = [:]
        var limits: [String: Quantity] = [:]
        var isGuaranteed = true
        for resources in sets {
            let containerRequests = (resources.requests ?? [:])
                .filter { computeResources.contains($0.key) && !$0.value.isZero }
            let containerLimits = (resources.limits ?? [:])
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
