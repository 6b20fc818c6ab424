import ClusterSim
import KubeModel
import Testing

@Suite("Kubelet liveness and termination")
struct KubeletRestartTests {
    @Test func livenessFailureRestartsWithGrowingBackOff() throws {
        let fixture = try KubeletFixture()
        let key = try fixture.run("leaky", image: "leaky:1") {
            $0.livenessProbe = Probe(httpGet: HTTPGetAction(path: "/health", port: 8080))
            $0.livenessProbe?.periodSeconds = 10
            $0.livenessProbe?.failureThreshold = 3
        }
        fixture.cluster.advance(by: .seconds(1200))
        let kills = fixture.events(key, "Killing")
        #expect(kills.first?.message == "Container order failed liveness probe, will be restarted")
        let atKill = fixture.events(key, "Unhealthy").first { $0.time == .seconds(82) }
        #expect(atKill?.message == "Liveness probe failed: HTTP probe failed with statuscode: 503")
        let starts = fixture.events(key, "Started").map(\.time)
        // Start at 2 s; unhealthy from 62 s; probes at 62, 72, 82 fail: killed at 82, exits at
        // once, restarts at once (no back-off yet), then 10 s, 20 s, ... after each exit.
        #expect(kills.first?.time == .seconds(82))
        #expect(starts.prefix(2) == [.seconds(2), .seconds(83)])
        let gaps = zip(kills.dropFirst(), starts.dropFirst(2)).map { ($1 - $0.time).seconds }
        #expect(gaps.prefix(3) == [11, 21, 41])
        let restarts = fixture.pod(key)?.status?.containerStatuses?.first?.restartCount
        #expect(restarts == starts.count - 1)
        #expect(
            fixture.events(key, "BackOff").first?.message.hasPrefix(
                "Back-off restarting failed container order in pod leaky_default(") == true)
    }

    @Test func crashLoopBackOffShowsWhileWaiting() throws {
        let fixture = try KubeletFixture()
        let key = try fixture.run("leaky", image: "leaky:1") {
            $0.livenessProbe = Probe(httpGet: HTTPGetAction(path: "/health", port: 8080))
        }
        let waiting = fixture.time { fixture.waiting(key) == "CrashLoopBackOff" }
        #expect(waiting?.seconds == 163)
        let status = try #require(fixture.pod(key)?.status?.containerStatuses?.first)
        #expect(status.lastState?.terminated?.exitCode == 143)
        #expect(status.state?.waiting?.message?.hasPrefix("back-off 10s restarting") == true)
    }

    @Test func deletionDrainsThenRemoves() throws {
        let fixture = try KubeletFixture()
        let key = try fixture.run("order-1", image: "jinyoung/order:stable")
        fixture.cluster.advance(by: .seconds(30))
        let workload = try #require(fixture.cluster.workload)
        #expect(workload.acceptsRequest(key, port: 8080, in: fixture.cluster))
        try fixture.cluster.delete(Pod.self, key)
        fixture.cluster.advance(by: .milliseconds(1))
        #expect(fixture.pod(key)?.metadata.deletionTimestamp == "2026-01-01T00:01:00Z")
        #expect(!workload.acceptsRequest(key, port: 8080, in: fixture.cluster))
        #expect(fixture.events(key, "Killing").first?.message == "Stopping container order")
        // Graceful: exits after its 1 s drain.
        let removed = fixture.time { fixture.pod(key) == nil }
        #expect(removed == .seconds(31))
    }

    @Test func podIgnoringSigtermIsKilledAtGracePeriodEnd() throws {
        let fixture = try KubeletFixture()
        let key = try fixture.run("stubborn", image: "stubborn:1")
        fixture.cluster.advance(by: .seconds(10))
        try fixture.cluster.delete(Pod.self, key)
        let workload = try #require(fixture.cluster.workload)
        fixture.cluster.advance(by: .seconds(29))
        #expect(workload.acceptsRequest(key, port: 8080, in: fixture.cluster))
        let removed = fixture.time { fixture.pod(key) == nil }
        #expect(removed == .seconds(40))
    }
}
