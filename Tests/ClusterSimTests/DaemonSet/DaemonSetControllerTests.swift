import ClusterSim
import KubeModel
import Testing

@Suite("DaemonSet controller")
struct DaemonSetControllerTests {
    typealias F = StorageSuiteFixtures

    static func daemonSet() -> DaemonSet {
        DaemonSet(
            metadata: ObjectMeta(name: "agent"),
            spec: DaemonSetSpec(
                selector: LabelSelector(matchLabels: ["app": "agent"]),
                template: PodTemplateSpec(
                    metadata: ObjectMeta(labels: ["app": "agent"]),
                    spec: PodSpec(containers: [Container(name: "agent", image: "fluentd")]))))
    }

    static func podNodes(_ cluster: Cluster) -> [String] {
        cluster.list(Pod.self).filter { $0.metadata.deletionTimestamp == nil }
            .compactMap(\.spec.nodeName).sorted()
    }

    @Test func runsOnePodPerEligibleNodeAndFollowsNodes() throws {
        let (cluster, _) = try F.cluster(zones: [nil, nil])
        try cluster.create(
            F.node(
                "tainted", zone: nil,
                taints: [Taint(key: "dedicated", value: "db", effect: .noSchedule)]))
        try cluster.create(
            F.node(
                "cordoned", zone: nil,
                taints: [Taint(key: "node.kubernetes.io/unschedulable", effect: .noSchedule)]))
        try cluster.create(Self.daemonSet())
        cluster.advance(by: .seconds(10))
        #expect(Self.podNodes(cluster) == ["cordoned", "node-1", "node-2"])
        let pod = try #require(cluster.list(Pod.self).first)
        #expect(pod.metadata.name?.hasPrefix("agent-") == true)
        let field = pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?
            .nodeSelectorTerms.first?.matchFields?.first
        #expect(field?.key == "metadata.name")
        #expect(pod.spec.tolerations?.count == 6)
        var status = try #require(cluster.get(DaemonSet.self, "agent")?.status)
        #expect(status.desiredNumberScheduled == 3)
        #expect(status.currentNumberScheduled == 3)
        #expect(status.numberReady == 3)
        #expect(
            F.events(cluster, "SuccessfulCreate").first?.message
                == "Created pod: \(pod.metadata.name ?? "")")

        try cluster.create(F.node("node-3", zone: nil))
        try cluster.delete(Node.self, cluster.key(Node.self, "node-1"))
        cluster.advance(by: .seconds(10))
        #expect(Self.podNodes(cluster) == ["cordoned", "node-2", "node-3"])
        status = try #require(cluster.get(DaemonSet.self, "agent")?.status)
        #expect(status.desiredNumberScheduled == 3)
        #expect(status.numberReady == 3)
    }

    @Test func nodeSelectorLimitsTheNodes() throws {
        let (cluster, _) = try F.cluster()
        var daemonSet = Self.daemonSet()
        daemonSet.spec.template.spec?.nodeSelector = ["topology.kubernetes.io/zone": "zone-b"]
        try cluster.create(daemonSet)
        cluster.advance(by: .seconds(10))
        #expect(Self.podNodes(cluster) == ["node-2"])
        #expect(cluster.get(DaemonSet.self, "agent")?.status?.desiredNumberScheduled == 1)
    }
}
