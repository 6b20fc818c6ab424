import ClusterSim
import KubeModel
import Testing

/// The API server's Service allocators: cluster IPs from 10.96.0.0/12, node ports from
/// 30000-32767, both above the bands kept for addresses written in manifests.
@Suite("Service addresses")
struct ServiceAddressTests {
    static func service(_ name: String, type: ServiceType = .clusterIP, clusterIP: String? = nil)
        -> Service
    {
        var spec = ServiceSpec(
            type: type, ports: [ServicePort(port: 80), ServicePort(port: 443)],
            selector: ["app": name])
        spec.clusterIP = clusterIP
        return Service(metadata: ObjectMeta(name: name), spec: spec)
    }

    static func octets(_ address: String?) -> [Int] {
        (address ?? "").split(separator: ".").compactMap { Int($0) }
    }

    @Test func theAPIServerServiceHasTheFirstAddress() throws {
        let kubernetes = try #require(Cluster.standard().get(Service.self, "kubernetes"))
        #expect(kubernetes.spec.clusterIP == "10.96.0.1")
        #expect(kubernetes.spec.ports?.first?.port == 443)
    }

    @Test func servicesGetDistinctStableClusterIPsInTheServiceRange() throws {
        let cluster = Cluster.standard()
        let web = try cluster.create(Self.service("web"))
        let api = try cluster.create(Self.service("api"))
        let octets = Self.octets(web.spec.clusterIP)
        #expect(octets.count == 4 && octets[0] == 10 && (96...111).contains(octets[1]))
        #expect(!(octets[1] == 96 && octets[2] == 0), "the static band is kept")
        #expect(web.spec.clusterIPs == [web.spec.clusterIP ?? ""])
        #expect(web.spec.clusterIP != api.spec.clusterIP)
        let again = try Cluster.standard().create(Self.service("web"))
        #expect(again.spec.clusterIP == web.spec.clusterIP, "same name, same address")
    }

    @Test func writtenAddressesAndHeadlessServicesAreKept() throws {
        let cluster = Cluster.standard()
        let fixed = try cluster.create(Self.service("dns", clusterIP: "10.96.0.10"))
        #expect(fixed.spec.clusterIP == "10.96.0.10")
        let headless = try cluster.create(Self.service("db", clusterIP: "None"))
        #expect(headless.spec.clusterIP == "None")
        #expect(headless.spec.ports?.allSatisfy { $0.nodePort == nil } == true)
    }

    @Test func nodePortServicesGetOnePortEachAndKeepThemOnUpdate() throws {
        let cluster = Cluster.standard()
        let web = try cluster.create(Self.service("web", type: .nodePort))
        let ports = (web.spec.ports ?? []).compactMap(\.nodePort)
        #expect(ports.count == 2 && Set(ports).count == 2)
        #expect(ports.allSatisfy { (30086...32767).contains($0) })
        // A re-applied manifest has no addresses: the allocated ones stay.
        let updated = try cluster.update(Self.service("web", type: .nodePort))
        #expect(updated.spec.clusterIP == web.spec.clusterIP)
        #expect(updated.spec.ports?.compactMap(\.nodePort) == ports)
        let plain = try cluster.create(Self.service("api"))
        #expect(plain.spec.ports?.allSatisfy { $0.nodePort == nil } == true)
    }
}
