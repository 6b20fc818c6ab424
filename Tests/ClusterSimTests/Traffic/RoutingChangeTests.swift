import ClusterSim
import KubeModel
import Testing

/// A load keeps routing as the cluster changes under it: Services, Endpoints and pod readiness
/// that change mid-load are seen by the next request.
@Suite struct RoutingChangeTests {
    /// A load of one user sending a request every 100 ms to `order:8080` for 30 s.
    static func load(in cluster: Cluster) throws -> LoadGenerator {
        let spec = LoadSpec(
            name: "siege", concurrency: 1, duration: .seconds(30), delay: .zero,
            target: try #require(LoadTarget(url: "http://order:8080/")))
        return LoadGenerator(spec, in: cluster)
    }

    /// The seconds of the load in which some request failed.
    static func failingSeconds(_ load: LoadGenerator, at time: VirtualTime) -> [Int] {
        load.report(at: time).series.filter { $0.failures > 0 }.map(\.second)
    }

    @Test func aServiceCreatedDuringTheLoadIsFoundByTheNextRequest() throws {
        let cluster = try LoadGeneratorTests.cluster()
        try cluster.delete(Service.self, cluster.key(Service.self, "order"))
        let load = try Self.load(in: cluster)
        cluster.advance(by: .seconds(5))
        try cluster.create(
            Service(
                metadata: ObjectMeta(name: "order"),
                spec: ServiceSpec(ports: [ServicePort(port: 8080)], selector: ["app": "order"])))
        cluster.advance(by: .seconds(30))
        let report = load.report(at: cluster.now)
        #expect(report.unknownHost == 5001)
        #expect(report.successful == 1666)
        // Failures are counted in the second a request ends: the last one is at 5 s.
        #expect(Self.failingSeconds(load, at: cluster.now) == Array(0...5))
    }

    @Test func aPodThatBecomesUnreadyStopsGettingRequests() throws {
        let cluster = try LoadGeneratorTests.cluster()
        let load = try Self.load(in: cluster)
        cluster.advance(by: .seconds(10))
        try Self.setReady(false, in: cluster)
        cluster.advance(by: .seconds(5))
        try Self.setReady(true, in: cluster)
        cluster.advance(by: .seconds(20))
        let report = load.report(at: cluster.now)
        #expect(report.noEndpoints == 4996)
        #expect(report.noEndpoints == report.failed)
        #expect(Self.failingSeconds(load, at: cluster.now) == Array(10...15))
    }

    @Test func anEndpointsObjectTakesPrecedenceOverThePods() throws {
        let cluster = try LoadGeneratorTests.cluster()
        let load = try Self.load(in: cluster)
        cluster.advance(by: .seconds(10))
        // An Endpoints object with no ready address: kube-proxy routes by it, not by pods.
        try cluster.create(Endpoints(metadata: ObjectMeta(name: "order"), subsets: []))
        cluster.advance(by: .seconds(25))
        let failing = Self.failingSeconds(load, at: cluster.now)
        #expect(failing.first == 10)
        #expect(failing.last ?? 0 >= 29)
        #expect(load.report(at: cluster.now).noEndpoints == load.report(at: cluster.now).failed)
    }

    static func setReady(_ ready: Bool, in cluster: Cluster) throws {
        try cluster.modify(Pod.self, cluster.key(Pod.self, "order-1")) { pod in
            pod.status?.conditions = [Condition(type: "Ready", status: ready ? "True" : "False")]
        }
    }
}
