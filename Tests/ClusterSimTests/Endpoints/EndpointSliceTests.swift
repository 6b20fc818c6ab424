import ClusterSim
import KubeModel
import Testing

/// A Service's EndpointSlice, after pkg/controller/endpointslice/utils_test.go `TestPodToEndpoint`
/// ("Ready pod", "Ready and Terminating pod", "Not Ready pod"): ready only when serving and not
/// terminating, serving as the pod's readiness, terminating while it is deleted.
@Suite struct EndpointSliceTests {
    static func slices(_ setup: KubeletFixtureWithService) -> [EndpointSlice] {
        setup.base.cluster.list(EndpointSlice.self)
    }

    static func conditions(_ slice: EndpointSlice?, pod: String) -> EndpointConditions? {
        slice?.endpoints?.first { $0.targetRef?.name == pod }?.conditions
    }

    @Test func readyNotReadyAndTerminatingPods() throws {
        let setup = try KubeletFixtureWithService()
        let cluster = setup.base.cluster
        // Ready once it listens (16 s); a second pod never gets a readiness answer in time.
        try setup.base.run("ready", image: "jinyoung/order:stable") {
            $0.readinessProbe = KubeletFixture.seedReadinessProbe
        }
        cluster.advance(by: .seconds(40))
        try setup.base.run("starting", image: "jinyoung/order:stable") {
            $0.readinessProbe = KubeletFixture.seedReadinessProbe
        }
        cluster.advance(by: .seconds(8))
        let slices = Self.slices(setup)
        #expect(slices.count == 1)
        let slice = try #require(slices.first)
        #expect(slice.metadata.labels?["kubernetes.io/service-name"] == "order")
        #expect(
            slice.metadata.labels?["endpointslice.kubernetes.io/managed-by"]
                == "endpointslice-controller.k8s.io")
        #expect(slice.metadata.ownerReferences?.first?.kind == "Service")
        #expect(slice.ports == [EndpointSlicePort(name: "", port: 8080, protocol: .tcp)])
        #expect(
            Self.conditions(slice, pod: "ready")
                == EndpointConditions(ready: true, serving: true, terminating: false))
        #expect(
            Self.conditions(slice, pod: "starting")
                == EndpointConditions(ready: false, serving: false, terminating: false))
        // Deleted: terminating and no longer ready, but serving while its container runs.
        try cluster.delete(Pod.self, cluster.key(Pod.self, "ready"))
        cluster.advance(by: .zero)
        let terminating = Self.conditions(Self.slices(setup).first, pod: "ready")
        #expect(terminating == EndpointConditions(ready: false, serving: true, terminating: true))
        #expect(setup.endpoints?.addressNames == [])
    }

    @Test func aServiceWithoutPodsHasAnEmptySlice() throws {
        let setup = try KubeletFixtureWithService()
        setup.base.cluster.advance(by: .seconds(1))
        let slice = try #require(Self.slices(setup).first)
        #expect(slice.endpoints == nil)
        #expect(slice.addressType == "IPv4")
    }
}
