import ClusterSim
import KubeModel
import Testing

@Suite("Engine")
struct EngineTests {
    @Test func eventsRunInTimeThenSchedulingOrder() {
        let cluster = Cluster()
        var order: [String] = []
        cluster.schedule(at: .seconds(2)) { _ in order.append("b") }
        cluster.schedule(at: .seconds(1)) { _ in order.append("a") }
        cluster.schedule(at: .seconds(2)) { _ in order.append("c") }
        cluster.run(until: .seconds(1.5))
        #expect(order == ["a"])
        #expect(cluster.now == .seconds(1.5))
        cluster.run(until: .seconds(10))
        #expect(order == ["a", "b", "c"])
        #expect(cluster.processedEvents == 3)
    }

    @Test func virtualTimeFormats() {
        #expect(VirtualTime.milliseconds(12_500).description == "12.5s")
        #expect(VirtualTime.seconds(59).age == "59s")
        #expect(VirtualTime.seconds(192).age == "3m12s")
        #expect(VirtualTime.zero.timestamp == "2026-01-01T00:00:00Z")
        #expect(VirtualTime.seconds(86_400 + 61).timestamp == "2026-01-02T00:01:01Z")
    }

    @Test func storeKeepsMetadataLikeTheAPIServer() throws {
        let cluster = Cluster()
        var namespace = Namespace(metadata: ObjectMeta(name: "lab"))
        namespace.metadata.labels = ["a": "b"]
        let created = try cluster.create(namespace)
        #expect(created.metadata.uid == "00000000-0000-4000-8000-000000000001")
        #expect(created.metadata.resourceVersion == "1")
        #expect(created.metadata.generation == 1)
        #expect(throws: APIError.alreadyExists("namespaces", "lab")) {
            try cluster.create(namespace)
        }
        let updated = try cluster.modify(Namespace.self, created.storeKey) {
            $0.metadata.labels = [:]
        }
        #expect(updated.metadata.resourceVersion == "2")
        #expect(updated.metadata.generation == 1)
        try cluster.delete(Namespace.self, created.storeKey)
        // No namespace controller runs here to empty and finalize it: it stays Terminating.
        let deleted = cluster.get(Namespace.self, created.storeKey)
        #expect(deleted?.metadata.deletionTimestamp != nil)
        #expect(deleted?.status?.phase == .terminating)
    }

    /// A condition is asked only of settled states: never between two events of one instant,
    /// nor before the events an event schedules for its own instant have run.
    @Test func conditionsAreAskedOfSettledStatesOnly() {
        let cluster = Cluster()
        var count = 0
        var seen: [Int] = []
        cluster.schedule(at: .seconds(1)) { cluster in
            count = 3
            cluster.schedule(after: .zero) { _ in count = 6 }
        }
        cluster.schedule(at: .seconds(2)) { _ in count = 3 }
        let held = cluster.run(
            until: { _ in
                seen.append(count)
                return count == 3
            }, timeout: .seconds(10))
        #expect(held)
        #expect(cluster.now == .seconds(2))
        #expect(seen == [0, 6, 3])
    }

    /// pkg/registry/core/pod/strategy.go PrepareForCreate: a new pod is Pending, with the
    /// QoS class of its resources, before any kubelet sees it.
    @Test func aNewPodIsPendingWithItsQoSClass() throws {
        let cluster = Cluster()
        var container = Container(name: "app", image: "nginx:1.25")
        container.resources = ResourceRequirements(
            limits: [
                "cpu": try #require(Quantity("500m")), "memory": try #require(Quantity("512Mi")),
            ])
        var pod = Pod(metadata: ObjectMeta(name: "app"), spec: PodSpec(containers: [container]))
        pod.applyDefaults()
        pod.status = PodStatus(phase: .running)
        let created = try cluster.create(pod)
        #expect(created.status?.phase == .pending)
        #expect(created.status?.qosClass == .guaranteed)
    }
}
