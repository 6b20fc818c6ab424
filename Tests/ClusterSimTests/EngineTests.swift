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
}
