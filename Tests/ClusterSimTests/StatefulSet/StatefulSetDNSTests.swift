import ClusterSim
import KubeModel
import Testing

/// Seed 002's `nslookup stateful-headless` and `curl stateful-pvc-0.stateful-headless`.
@Suite("StatefulSet DNS")
struct StatefulSetDNSTests {
    typealias F = StorageSuiteFixtures

    static func headless(_ name: String, clusterIP: String? = "None") -> Service {
        var spec = ServiceSpec(
            ports: [ServicePort(port: 80, targetPort: .int(8080))], selector: ["type": "db2"])
        spec.clusterIP = clusterIP
        return Service(metadata: ObjectMeta(name: name), spec: spec)
    }

    @Test func podNamesResolveOnlyWithTheHeadlessService() throws {
        let (cluster, _) = try F.cluster()
        try cluster.create(F.statefulSet("stateful-pvc", replicas: 2, claimClass: .none))
        cluster.advance(by: .seconds(60))
        #expect(cluster.dnsName(ofPod: "stateful-pvc-0") == nil)
        #expect(cluster.resolve("stateful-pvc-0.stateful-headless").isEmpty)
        try cluster.create(Self.headless("stateful-headless"))
        #expect(
            cluster.dnsName(ofPod: "stateful-pvc-0")
                == "stateful-pvc-0.stateful-headless.default.svc.cluster.local")
        let pod0 = cluster.key(Pod.self, "stateful-pvc-0")
        let pod1 = cluster.key(Pod.self, "stateful-pvc-1")
        #expect(cluster.resolve("stateful-headless") == [pod0, pod1])
        #expect(cluster.resolve("stateful-pvc-0.stateful-headless") == [pod0])
        #expect(
            cluster.resolve("stateful-pvc-1.stateful-headless.default.svc.cluster.local") == [pod1])
        #expect(cluster.resolve("stateful-headless", namespace: "other").isEmpty)
        #expect(cluster.resolve("stateful-headless.default", namespace: "other") == [pod0, pod1])
    }

    @Test func aClusterIPServiceResolvesToItself() throws {
        let (cluster, _) = try F.cluster()
        try cluster.create(F.statefulSet("stateful-pvc", replicas: 1, claimClass: .none))
        cluster.advance(by: .seconds(30))
        try cluster.create(Self.headless("stateful-headless", clusterIP: nil))
        #expect(cluster.dnsName(ofPod: "stateful-pvc-0") == nil)
        #expect(
            cluster.resolve("stateful-headless") == [cluster.key(Service.self, "stateful-headless")]
        )
        #expect(cluster.resolve("stateful-pvc-0.stateful-headless").isEmpty)
    }
}
