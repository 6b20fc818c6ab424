import ClusterSim
import KubeModel
import Testing

/// A pod is Ready only when every container (and every sidecar) is, then only when its
/// readiness gates' conditions are True: pkg/kubelet/status/generate.go
/// `GenerateContainersReadyCondition` and `GeneratePodReadyCondition`, cases of
/// generate_test.go `TestGenerateContainersReadyCondition` and `TestGeneratePodReadyCondition`.
@Suite("Readiness of every container")
struct MultiContainerReadinessTests {
    /// A proxy that listens on 15000 only.
    static let proxy = ImageProfile(
        pullSeconds: 1, startSeconds: 1, listenAfterSeconds: 1, ports: [15000])

    /// `order` (ready on /orders after 16 s) and a second container whose own readiness probe
    /// asks a port nothing in the pod listens on.
    static func twoContainers(sidecar: Bool, gates: [String] = [], probing port: Int = 9901)
        throws -> (KubeletFixture, ObjectKey)
    {
        let fixture = try KubeletFixture()
        fixture.kubelet.catalog = ImageCatalog(images: [
            ImageEntry(repository: "jinyoung/order", tags: ["*"], profile: KubeletFixture.order),
            ImageEntry(repository: "proxy", tags: ["*"], profile: Self.proxy),
        ])
        var order = Container(name: "order", image: "jinyoung/order:stable")
        order.ports = [ContainerPort(containerPort: 8080)]
        order.readinessProbe = KubeletFixture.seedReadinessProbe
        var helper = Container(name: "helper", image: "proxy:1")
        var probe = Probe()
        probe.tcpSocket = TCPSocketAction(port: .int(port))
        probe.periodSeconds = 5
        helper.readinessProbe = probe
        var spec = PodSpec(containers: [order])
        if sidecar {
            helper.restartPolicy = .always
            spec.initContainers = [helper]
        } else {
            spec.containers.append(helper)
        }
        spec.readinessGates = gates.map(PodReadinessGate.init(conditionType:))
        let pod = Pod(metadata: ObjectMeta(name: "p", labels: ["app": "order"]), spec: spec)
        let key = try fixture.cluster.create(pod).storeKey
        try fixture.cluster.modify(Pod.self, key) { $0.spec.nodeName = "node-1" }
        fixture.cluster.advance(by: .seconds(60))
        return (fixture, key)
    }

    static func condition(_ fixture: KubeletFixture, _ key: ObjectKey, _ type: String)
        -> Condition?
    {
        fixture.pod(key)?.status?.conditions?.first { $0.type == type }
    }

    /// "one ready, one not ready container": ContainersReady and Ready are False with
    /// ContainersNotReady, naming only the unready container.
    @Test func anUnreadyContainerKeepsThePodUnready() throws {
        let (fixture, key) = try Self.twoContainers(sidecar: false)
        #expect(!fixture.isReady(key))
        for type in ["Ready", "ContainersReady"] {
            let condition = try #require(Self.condition(fixture, key, type))
            #expect(condition.status == "False")
            #expect(condition.reason == "ContainersNotReady")
            #expect(condition.message == "containers with unready status: [helper]")
        }
        let statuses = fixture.pod(key)?.status?.containerStatuses ?? []
        #expect(statuses.map(\.name) == ["order", "helper"])
        #expect(statuses.map(\.ready) == [true, false])
        #expect(statuses.map(\.started) == [true, true])
    }

    /// The pod's containers share one network: the helper's probe reaches its own port, or the
    /// application's; either way every container is ready, and so is the pod.
    @Test(arguments: [15000, 8080])
    func probesReachWhicheverContainerListens(port: Int) throws {
        let (fixture, key) = try Self.twoContainers(sidecar: false, probing: port)
        #expect(fixture.isReady(key))
        #expect(fixture.pod(key)?.status?.containerStatuses?.map(\.ready) == [true, true])
    }

    /// A sidecar (restartable init container) counts as well, and is reported among the init
    /// container statuses.
    @Test func anUnreadySidecarKeepsThePodUnready() throws {
        let (fixture, key) = try Self.twoContainers(sidecar: true)
        #expect(!fixture.isReady(key))
        #expect(
            Self.condition(fixture, key, "Ready")?.message
                == "containers with unready status: [helper]")
        let sidecar = try #require(fixture.pod(key)?.status?.initContainerStatuses?.first)
        #expect(sidecar.name == "helper")
        #expect(sidecar.ready == false)
        #expect(sidecar.state?.running != nil)
        #expect(fixture.pod(key)?.status?.containerStatuses?.map(\.ready) == [true])
    }

    /// "readiness gate condition missing": containers ready, pod not, with upstream's message.
    @Test func aMissingGateConditionKeepsThePodUnready() throws {
        let fixture = try KubeletFixture()
        var container = Container(
            name: "order", image: "gcr.io/google-samples/kubernetes-bootcamp:v1")
        container.ports = [ContainerPort(containerPort: 8080)]
        var spec = PodSpec(containers: [container])
        spec.readinessGates = [PodReadinessGate(conditionType: "www.example.com/feature-1")]
        let pod = Pod(metadata: ObjectMeta(name: "gated"), spec: spec)
        let key = try fixture.cluster.create(pod).storeKey
        try fixture.cluster.modify(Pod.self, key) { $0.spec.nodeName = "node-1" }
        fixture.cluster.advance(by: .seconds(30))
        #expect(Self.condition(fixture, key, "ContainersReady")?.status == "True")
        let ready = try #require(Self.condition(fixture, key, "Ready"))
        #expect(ready.status == "False")
        #expect(ready.reason == "ReadinessGatesNotReady")
        #expect(
            ready.message
                == "corresponding condition of pod readiness gate \"www.example.com/feature-1\""
                + " does not exist.")
    }
}
