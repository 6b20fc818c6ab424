import ClusterSim
import KubeModel
import Testing

@Suite("Kubelet start-up and readiness")
struct KubeletStartupTests {
    @Test func withoutReadinessProbeReadyBeforeListening() throws {
        let fixture = try KubeletFixture()
        let key = try fixture.run("order-1", image: "jinyoung/order:stable")
        fixture.cluster.advance(by: .seconds(1))
        #expect(fixture.waiting(key) == "ContainerCreating")
        #expect(fixture.pod(key)?.status?.phase == .pending)
        // Pull 4.5 s + start 1.5 s: Running and, without a probe, Ready at once.
        let ready = fixture.time { fixture.isReady(key) }
        #expect(ready == .seconds(6))
        let pod = try #require(fixture.pod(key))
        #expect(pod.status?.phase == .running)
        #expect(pod.status?.podIP == "10.244.0.2")
        #expect(pod.status?.qosClass == .bestEffort)
        let readyCondition = pod.status?.conditions?.first { $0.type == "Ready" }
        #expect(readyCondition?.lastTransitionTime == VirtualTime.seconds(6).timestamp)
        // ...but the application listens only 16 s after its process started.
        let workload = try #require(fixture.cluster.workload)
        #expect(!workload.acceptsRequest(key, port: 8080, in: fixture.cluster))
        fixture.cluster.run(until: .milliseconds(21_999))
        #expect(!workload.acceptsRequest(key, port: 8080, in: fixture.cluster))
        fixture.cluster.run(until: .seconds(22))
        #expect(workload.acceptsRequest(key, port: 8080, in: fixture.cluster))
        #expect(!workload.acceptsRequest(key, port: 9090, in: fixture.cluster))
        #expect(workload.cpuCostPerRequest(key, in: fixture.cluster) == 5)
        #expect(fixture.kubelet.runtime(of: key)?.listeningSince == .seconds(22))
        let reasons = fixture.cluster.events.filter { $0.object == key }.map(\.reason)
        #expect(reasons == ["Pulling", "Pulled", "Created", "Started"])
        #expect(
            fixture.events(key, "Pulled").first?.message
                == "Successfully pulled image \"jinyoung/order:stable\" in 4.5s"
                + " (4.5s including waiting)")
    }

    @Test func seedReadinessProbeWaitsForTheApplication() throws {
        let fixture = try KubeletFixture()
        let key = try fixture.run("order-1", image: "jinyoung/order:stable") {
            $0.readinessProbe = KubeletFixture.seedReadinessProbe
        }
        let running = fixture.time { fixture.pod(key)?.status?.phase == .running }
        #expect(running == .seconds(6))
        #expect(!fixture.isReady(key))
        // Probes at 16 (refused: listens at 22), 21 (refused), 26 (ok).
        let ready = fixture.time { fixture.isReady(key) }
        #expect(ready == .seconds(26))
        let failures = fixture.events(key, "Unhealthy")
        #expect(failures.map(\.time) == [.seconds(16), .seconds(21)])
        #expect(
            failures.first?.message
                == "Readiness probe failed: Get \"http://10.244.0.2:8080/orders\":"
                + " dial tcp 10.244.0.2:8080: connect: connection refused")
    }

    @Test func probeOnAPathTheAppDoesNotServeNeverSucceeds() throws {
        let fixture = try KubeletFixture()
        let key = try fixture.run("order-1", image: "jinyoung/order:stable") {
            var probe = KubeletFixture.seedReadinessProbe
            probe.httpGet?.path = "/health"
            $0.readinessProbe = probe
        }
        fixture.cluster.advance(by: .seconds(60))
        #expect(!fixture.isReady(key))
        #expect(
            fixture.events(key, "Unhealthy").last?.message
                == "Readiness probe failed: HTTP probe failed with statuscode: 404")
    }
}
