import ClusterSim
import KubeModel
import Testing

@Suite("Endpoints controller")
struct EndpointsControllerTests {
    private func fixture() throws -> KubeletFixtureWithService {
        try KubeletFixtureWithService()
    }

    @Test func onlyReadyNonTerminatingPodsAreAddresses() throws {
        let setup = try fixture()
        let fixture = setup.base
        let probed = try fixture.run("order-a", image: "jinyoung/order:stable") {
            $0.readinessProbe = KubeletFixture.seedReadinessProbe
        }
        let plain = try fixture.run("order-b", image: "jinyoung/order:stable")
        try fixture.run("other", image: "jinyoung/order:stable", labels: ["app": "other"])
        fixture.cluster.advance(by: .seconds(10))
        var endpoints = try #require(setup.endpoints)
        #expect(endpoints.addressNames == ["order-b"])
        #expect(endpoints.notReadyNames == ["order-a"])
        #expect(endpoints.subsets?.first?.ports == [EndpointPort(port: 8080, protocol: .tcp)])
        fixture.cluster.advance(by: .seconds(30))
        endpoints = try #require(setup.endpoints)
        #expect(endpoints.addressNames == ["order-a", "order-b"])
        try fixture.cluster.delete(Pod.self, plain)
        fixture.cluster.advance(by: .milliseconds(1))
        endpoints = try #require(setup.endpoints)
        #expect(endpoints.addressNames == ["order-a"])
        #expect(endpoints.notReadyNames.isEmpty)
        _ = probed
        try fixture.cluster.delete(Service.self, setup.service)
        fixture.cluster.advance(by: .milliseconds(1))
        #expect(setup.endpoints == nil)
    }

    @Test func namedTargetPortResolvesPerPod() throws {
        let setup = try KubeletFixtureWithService(targetPort: "http")
        try setup.base.run("order-a", image: "jinyoung/order:stable")
        setup.base.cluster.advance(by: .seconds(10))
        let endpoints = try #require(setup.endpoints)
        #expect(endpoints.subsets?.first?.ports?.first?.port == 8080)
        #expect(endpoints.addressNames == ["order-a"])
    }
}

struct KubeletFixtureWithService {
    let base: KubeletFixture
    let service: ObjectKey

    init(targetPort: IntOrString = 8080) throws {
        base = try KubeletFixture()
        base.cluster.register(EndpointsController())
        let spec = ServiceSpec(
            ports: [ServicePort(port: 8080, targetPort: targetPort)], selector: ["app": "order"])
        service = try base.cluster.create(Service(metadata: ObjectMeta(name: "order"), spec: spec))
            .storeKey
    }

    var endpoints: Endpoints? { base.cluster.get(Endpoints.self, "order") }
}

extension Endpoints {
    var addressNames: [String] {
        (subsets ?? []).flatMap { $0.addresses ?? [] }.compactMap(\.targetRef?.name).sorted()
    }

    var notReadyNames: [String] {
        (subsets ?? []).flatMap { $0.notReadyAddresses ?? [] }.compactMap(\.targetRef?.name)
            .sorted()
    }
}
