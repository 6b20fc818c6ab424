import ClusterSim
import KubeModel
import Testing

/// Reading the store in place (`read`, `count`, `forEach`, `list(where:)`) answers what `get`
/// and `list` answer, in creation order, and follows every write.
@Suite struct StoreReadTests {
    /// Three pods: `a` and `c` in `default` (`c` labelled `tier: web`), `b` in `shop`.
    static func cluster() throws -> Cluster {
        let cluster = Cluster()
        for (name, namespace, labels) in [
            ("a", "default", [:]), ("b", "shop", [:]), ("c", "default", ["tier": "web"]),
        ] as [(String, String, [String: String])] {
            try cluster.create(
                Pod(
                    metadata: ObjectMeta(name: name, namespace: namespace, labels: labels),
                    spec: PodSpec(containers: [Container(name: "app", image: "app:1")])))
        }
        return cluster
    }

    @Test func readAnswersFromTheStoredObjectAndNilWithoutOne() throws {
        let cluster = try Self.cluster()
        let key = cluster.key(Pod.self, "c")
        #expect(cluster.read(Pod.self, key) { $0.metadata.labels?["tier"] } == "web")
        #expect(cluster.read(Pod.self, cluster.key(Pod.self, "zz")) { $0.metadata.name } == nil)
        try cluster.modify(Pod.self, key) { $0.metadata.labels = ["tier": "api"] }
        #expect(cluster.read(Pod.self, key) { $0.metadata.labels?["tier"] } == "api")
    }

    @Test func countAndListsSeeEveryNamespaceInCreationOrder() throws {
        let cluster = try Self.cluster()
        #expect(cluster.count(Pod.self) { _ in true } == 3)
        #expect(cluster.count(Pod.self) { $0.metadata.labels?["tier"] == "web" } == 1)
        #expect(cluster.list(Pod.self) { _ in true }.map(\.metadata.name) == ["a", "b", "c"])
        var names: [String] = []
        cluster.forEach(Pod.self, namespace: "default") { names.append($0.metadata.name ?? "") }
        #expect(names == ["a", "c"])
        try cluster.delete(Pod.self, cluster.key(Pod.self, "a"))
        #expect(cluster.count(Pod.self) { _ in true } == 2)
    }

    @Test func creationSequenceFollowsCreationOrder() throws {
        let cluster = try Self.cluster()
        let pods = cluster.store.pods
        let first = try #require(pods.sequence(of: cluster.key(Pod.self, "a")))
        let last = try #require(pods.sequence(of: cluster.key(Pod.self, "c")))
        #expect(first < last)
        #expect(pods.sequence(of: cluster.key(Pod.self, "zz")) == nil)
    }
}
