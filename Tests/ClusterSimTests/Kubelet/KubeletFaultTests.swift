import ClusterSim
import KubeModel
import Testing

/// Faults a scenario injects into one application (`Kubelet.breakApplication(_:fault:in:)`),
/// seen as upstream's prober sees them: pkg/probe/http/http.go `DoHTTPProbe` (a status of 400
/// or more fails with `HTTP probe failed with statuscode: 500`), the readiness worker's
/// failure threshold, and the container's restart after it exits (pkg/kubelet/kuberuntime).
@Suite("Kubelet: faults injected into an application")
struct KubeletFaultTests {
    static func readyOrder(_ fixture: KubeletFixture) throws -> ObjectKey {
        let key = try fixture.run("order-1", image: "jinyoung/order:stable") { container in
            var probe = Probe(httpGet: HTTPGetAction(path: "/orders", port: 8080))
            probe.periodSeconds = 5
            container.readinessProbe = probe
        }
        #expect(fixture.time(until: { fixture.isReady(key) }) != nil)
        return key
    }

    @Test func aBrokenPathFailsItsProbeAndItsRequestsUntilHealed() throws {
        let fixture = try KubeletFixture()
        let key = try Self.readyOrder(fixture)
        let kubelet = fixture.kubelet
        #expect(
            kubelet.breakApplication(key, fault: .path("/orders"), in: fixture.cluster) == .applied)
        #expect(!kubelet.acceptsRequest(key, port: 8080, path: "/orders?id=1", in: fixture.cluster))
        #expect(kubelet.acceptsRequest(key, port: 8080, path: "/", in: fixture.cluster))
        // Three failures in a row at the 5 s period: not Ready within 15 s.
        let start = fixture.cluster.now
        let notReady = try #require(fixture.time(until: { !fixture.isReady(key) }))
        #expect(notReady - start <= .seconds(15))
        #expect(
            fixture.events(key, "Unhealthy").last?.message
                == "Readiness probe failed: HTTP probe failed with statuscode: 500")
        #expect(kubelet.healApplication(key, path: "/orders", in: fixture.cluster) == .applied)
        #expect(kubelet.acceptsRequest(key, port: 8080, path: "/orders", in: fixture.cluster))
        #expect(fixture.time(until: { fixture.isReady(key) }, limit: 10) != nil)
    }

    @Test func aHungApplicationAnswers503ToEveryPath() throws {
        let fixture = try KubeletFixture()
        let key = try Self.readyOrder(fixture)
        fixture.kubelet.breakApplication(key, fault: .hung, in: fixture.cluster)
        #expect(!fixture.kubelet.acceptsRequest(key, port: 8080, path: "/", in: fixture.cluster))
        #expect(fixture.time(until: { !fixture.isReady(key) }, limit: 20) != nil)
        #expect(
            fixture.events(key, "Unhealthy").last?.message
                == "Readiness probe failed: HTTP probe failed with statuscode: 503")
        // healApplication without a path recovers it without a restart.
        fixture.kubelet.healApplication(key, path: nil, in: fixture.cluster)
        #expect(fixture.time(until: { fixture.isReady(key) }, limit: 10) != nil)
        #expect(fixture.pod(key)?.status?.containerStatuses?.first?.restartCount == 0)
    }

    @Test func aCrashExitsWithCodeOneAndTheContainerRestarts() throws {
        let fixture = try KubeletFixture()
        let key = try Self.readyOrder(fixture)
        #expect(
            fixture.kubelet.breakApplication(key, fault: .crash, in: fixture.cluster) == .applied)
        fixture.cluster.advance(by: .zero)
        let status = try #require(fixture.pod(key)?.status?.containerStatuses?.first)
        #expect(status.lastState?.terminated?.exitCode == 1)
        #expect(status.lastState?.terminated?.reason == "Error")
        #expect(
            fixture.time(until: {
                fixture.pod(key)?.status?.containerStatuses?.first?.restartCount == 1
                    && fixture.isReady(key)
            }) != nil)
        #expect(
            fixture.kubelet.breakApplication(
                ObjectKey(kind: Pod.kind, namespace: "default", name: "nope"), fault: .crash,
                in: fixture.cluster) == .notRunning)
    }
}
