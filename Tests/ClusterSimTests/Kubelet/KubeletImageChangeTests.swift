import ClusterSim
import KubeModel
import Testing

/// A pod update that changes an image: the kubelet restarts the container from it.
@Suite("Kubelet image changes")
struct KubeletImageChangeTests {
    @Test func aNewImageRestartsTheRunningContainerWithoutBackOff() throws {
        let fixture = try KubeletFixture()
        let key = try fixture.run("web", image: "jinyoung/order:stable")
        #expect(fixture.time { fixture.isReady(key) }?.seconds == 6)
        try fixture.cluster.modify(Pod.self, key) {
            $0.spec.containers[0].image = "jinyoung/order:canary"
        }
        let changedAt = fixture.cluster.now
        fixture.cluster.advance(by: .seconds(30))
        let kill = try #require(fixture.events(key, "Killing").first)
        #expect(kill.message == "Container order definition changed, will be restarted")
        #expect(kill.time == changedAt)
        #expect(
            fixture.events(key, "Pulling").map(\.message).last
                == "Pulling image \"jinyoung/order:canary\"")
        let status = try #require(fixture.pod(key)?.status?.containerStatuses?.first)
        #expect(status.restartCount == 1)
        #expect(status.image == "jinyoung/order:canary")
        #expect(status.state?.running != nil)
        // The graceful shutdown (1 s drain) then at once a pull and a start: no back-off.
        let started = try #require(fixture.events(key, "Started").last)
        #expect(started.time - changedAt == .seconds(1 + 4.5 + 1.5))
    }

    @Test func aMissingNewImageStopsTheOldContainerAndBacksOff() throws {
        let fixture = try KubeletFixture()
        let key = try fixture.run("web", image: "gcr.io/google-samples/kubernetes-bootcamp:v1")
        #expect(fixture.time { fixture.isReady(key) }?.seconds == 6)
        try fixture.cluster.modify(Pod.self, key) {
            $0.spec.containers[0].image = "gcr.io/google-samples/kubernetes-bootcamp:v10"
        }
        #expect(fixture.time { fixture.waiting(key) == "ImagePullBackOff" }?.seconds == 8)
        #expect(!fixture.isReady(key))
    }

    /// A pod stuck on a missing image pulls a corrected one at once, not after its back-off.
    @Test func aCorrectedImageIsPulledAtOnce() throws {
        let fixture = try KubeletFixture()
        let key = try fixture.run("web", image: "gcr.io/google-samples/kubernetes-bootcamp:v10")
        fixture.cluster.advance(by: .seconds(60))
        #expect(fixture.waiting(key) == "ImagePullBackOff")
        try fixture.cluster.modify(Pod.self, key) {
            $0.spec.containers[0].image = "gcr.io/google-samples/kubernetes-bootcamp:v1"
        }
        let fixedAt = fixture.cluster.now
        let ready = try #require(fixture.time { fixture.isReady(key) })
        #expect(ready - fixedAt < .seconds(10))
    }

    /// A new spec restarts the container whatever the restart policy says.
    @Test func aPodThatNeverRestartsStillRestartsForANewImage() throws {
        let fixture = try KubeletFixture()
        var spec = PodSpec(containers: [Container(name: "order", image: "jinyoung/order:stable")])
        spec.restartPolicy = .never
        spec.containers[0].ports = [ContainerPort(containerPort: 8080)]
        let key = try fixture.cluster.create(Pod(metadata: ObjectMeta(name: "web"), spec: spec))
            .storeKey
        try fixture.cluster.modify(Pod.self, key) { $0.spec.nodeName = "node-1" }
        #expect(fixture.time { fixture.isReady(key) }?.seconds == 6)
        try fixture.cluster.modify(Pod.self, key) {
            $0.spec.containers[0].image = "jinyoung/order:canary"
        }
        let restarted = fixture.time {
            fixture.pod(key)?.status?.containerStatuses?.first?.restartCount == 1
                && fixture.isReady(key)
        }
        #expect(restarted?.seconds == 13)
        #expect(fixture.pod(key)?.status?.phase == .running)
    }
}
