import KubeModel
import Testing

/// Pod-level `resources` (KEP-2837), as pkg/apis/core/v1/defaults.go `defaultPodRequests` and
/// qos.go `ComputePodQOS` treat them once the API server keeps them (PodLevelResources on).
@Suite struct PodLevelResourcesTests {
    static func pod(resources: String, containers: String) throws -> Pod {
        try defaulted(
            Pod.self,
            #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"resources":"#
                + resources + #","containers":"# + containers + "}}")
    }

    /// No container requests a resource: its pod-level request is the pod-level limit.
    @Test func requestsDefaultToPodLevelLimits() throws {
        let pod = try Self.pod(
            resources: #"{"limits":{"cpu":"1","memory":"1Gi"}}"#,
            containers: #"[{"name":"a","image":"nginx"},{"name":"b","image":"nginx"}]"#)
        let requests = pod.spec.resources?.requests
        #expect(requests?["cpu"] == Quantity("1"))
        #expect(requests?["memory"] == Quantity("1Gi"))
        #expect(requests?.count == 2)
        // Requests equal limits for both: Guaranteed, though no container sets anything.
        #expect(pod.spec.qosClass == .guaranteed)
    }

    /// Containers that request cpu give the pod-level cpu request their sum; memory, which
    /// none requests, comes from the pod-level limit.
    @Test func requestsDefaultToTheContainersEffectiveRequests() throws {
        let pod = try Self.pod(
            resources: #"{"limits":{"cpu":"1","memory":"1Gi"}}"#,
            containers: #"[{"name":"a","image":"nginx","resources":{"requests":{"cpu":"100m"}}},"#
                + #"{"name":"b","image":"nginx","resources":{"requests":{"cpu":"150m"}}}]"#)
        #expect(pod.spec.resources?.requests?["cpu"] == Quantity("250m"))
        #expect(pod.spec.resources?.requests?["memory"] == Quantity("1Gi"))
        #expect(pod.spec.qosClass == .burstable)
    }

    /// Without pod-level limits nothing is defaulted; pod-level requests alone are Burstable.
    @Test func requestsAloneAreBurstable() throws {
        let pod = try Self.pod(
            resources: #"{"requests":{"cpu":"500m"}}"#,
            containers: #"[{"name":"a","image":"nginx"}]"#)
        #expect(pod.spec.resources?.requests?["cpu"] == Quantity("500m"))
        #expect(pod.spec.resources?.requests?.count == 1)
        #expect(pod.spec.qosClass == .burstable)
    }
}
