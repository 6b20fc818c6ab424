import ClusterSim
import KubeModel
import Testing

/// A workload model for tests: every pod refuses connections between `from` and `to`.
final class RefusingWorkload: WorkloadModel {
    let from: VirtualTime
    let to: VirtualTime

    init(from: VirtualTime, to: VirtualTime) {
        self.from = from
        self.to = to
    }

    func acceptsRequest(_ pod: ObjectKey, port: Int, in cluster: Cluster) -> Bool {
        cluster.now < from || cluster.now >= to
    }

    func cpuCostPerRequest(_ pod: ObjectKey, in cluster: Cluster) -> Double { 1 }
}

@Suite struct LoadGeneratorTests {
    /// A cluster with one Ready pod `order-1` behind Service `order:8080`.
    static func cluster(ready: Bool = true, seed: UInt64 = 1) throws -> Cluster {
        let cluster = Cluster(configuration: ClusterConfiguration(seed: seed))
        var container = Container(name: "order", image: "order:stable")
        container.ports = [ContainerPort(containerPort: 8080)]
        let pod = Pod(
            metadata: ObjectMeta(name: "order-1", labels: ["app": "order"]),
            spec: PodSpec(containers: [container]))
        // The API server makes a new pod Pending; the status is the kubelet's to write.
        var status = PodStatus(phase: .running)
        status.conditions = [Condition(type: "Ready", status: ready ? "True" : "False")]
        let key = try cluster.create(pod).storeKey
        try cluster.modify(Pod.self, key) { $0.status = status }
        try cluster.create(
            Service(
                metadata: ObjectMeta(name: "order"),
                spec: ServiceSpec(ports: [ServicePort(port: 8080)], selector: ["app": "order"])))
        return cluster
    }

    static func spec(delay: VirtualTime = .seconds(1)) throws -> LoadSpec {
        LoadSpec(
            name: "siege", concurrency: 1, duration: .seconds(60), delay: delay,
            target: try #require(LoadTarget(url: "http://order:8080/orders")))
    }

    @Test func allRequestsSucceedWhenThePodAccepts() throws {
        let cluster = try Self.cluster()
        let load = LoadGenerator(try Self.spec(), in: cluster)
        cluster.advance(by: .seconds(70))
        let report = load.report(at: cluster.now)
        #expect(report.failed == 0)
        #expect(report.transactions > 100)
        #expect(report.availability == 100)
        #expect(report.elapsed <= .seconds(60))
    }

    @Test func refusalsDuringAWindowLowerAvailability() throws {
        let cluster = try Self.cluster()
        cluster.workload = RefusingWorkload(from: .seconds(20), to: .seconds(38))
        let load = LoadGenerator(try Self.spec(), in: cluster)
        cluster.advance(by: .seconds(70))
        let report = load.report(at: cluster.now)
        #expect(report.refused == report.failed)
        // 18 s of 60 refused: about 70 % available, as in seed 001.
        #expect(report.availability > 65 && report.availability < 75)
        let failingSeconds = report.series.filter { $0.failures > 0 }.map(\.second)
        #expect(failingSeconds.first == 20)
        #expect(failingSeconds.last == 37)
    }

    @Test func noReadyEndpointsMeansNoAvailability() throws {
        let cluster = try Self.cluster(ready: false)
        let load = LoadGenerator(try Self.spec(), in: cluster)
        cluster.advance(by: .seconds(60))
        let report = load.report(at: cluster.now)
        #expect(report.availability == 0)
        #expect(report.noEndpoints == report.failed)
        #expect(report.failed == 123)
    }

    @Test func anUnknownServiceFailsEveryRequest() throws {
        let cluster = try Self.cluster()
        let spec = LoadSpec(
            name: "siege", duration: .seconds(5),
            target: try #require(LoadTarget(url: "http://payment:8080/")))
        let load = LoadGenerator(spec, in: cluster)
        cluster.advance(by: .seconds(10))
        #expect(load.report(at: cluster.now).unknownHost == 5000)
        #expect(load.report(at: cluster.now).transactions == 0)
    }

    @Test func stoppingEndsTheLoad() throws {
        let cluster = try Self.cluster()
        let load = LoadGenerator(try Self.spec(), in: cluster)
        cluster.advance(by: .seconds(10))
        load.stop(in: cluster)
        let stopped = load.report(at: cluster.now).transactions
        cluster.advance(by: .seconds(30))
        #expect(load.report(at: cluster.now).transactions == stopped)
        #expect(load.isFinished(at: cluster.now))
    }

    @Test func sameSeedSameReport() throws {
        func run() throws -> LoadReport {
            let cluster = try Self.cluster(seed: 7)
            cluster.workload = RefusingWorkload(from: .seconds(10), to: .seconds(15))
            let load = LoadGenerator(try Self.spec(), in: cluster)
            cluster.advance(by: .seconds(61))
            return load.report(at: cluster.now)
        }
        #expect(try run() == run())
    }

    @Test func summaryReadsLikeSiege() throws {
        let cluster = try Self.cluster()
        let load = LoadGenerator(try Self.spec(), in: cluster)
        cluster.advance(by: .seconds(61))
        let summary = load.report(at: cluster.now).siegeSummary
        #expect(summary.hasPrefix("Transactions:  "))
        #expect(summary.contains("Availability:                 100.00 %"))
        #expect(summary.contains("Failed transactions:               0"))
    }

    @Test(
        arguments: [
            ("http://order:8080/orders", "order", nil, 8080, "/orders"),
            ("http://order.shop:80/", "order", "shop", 80, "/"),
            ("http://order.shop.svc.cluster.local", "order", "shop", 80, "/"),
        ] as [(String, String, String?, Int, String)])
    func parsesURLs(
        _ url: String, _ service: String, _ namespace: String?, _ port: Int, _ path: String
    )
        throws
    {
        let target = try #require(LoadTarget(url: url))
        #expect(target.service == service)
        #expect(target.namespace == namespace)
        #expect(target.port == port)
        #expect(target.path == path)
    }

    @Test(arguments: ["ftp://order", "http://:80/", "http://order:99999/", "order:8080"])
    func rejectsURLs(_ url: String) {
        #expect(LoadTarget(url: url) == nil)
    }
}
