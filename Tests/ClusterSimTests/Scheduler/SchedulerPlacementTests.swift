import ClusterSim
import KubeModel
import Testing

@Suite("Scheduler placement")
struct SchedulerPlacementTests {
    @Test func antiAffinitySpreadsOverHostnamesAndLeavesTheExtraPending() throws {
        let cluster = schedulerCluster((1...3).map { node("node-\($0)") })
        for index in 0..<4 {
            var pod = testPod("web-\(index)", labels: ["app": "web"])
            let antiAffinity = try decodePodAffinity(
                #"{"requiredDuringSchedulingIgnoredDuringExecution": [{"labelSelector": "#
                    + #"{"matchLabels": {"app": "web"}}, "topologyKey": "kubernetes.io/hostname"}]}"#
            )
            pod.spec.affinity = Affinity(podAntiAffinity: antiAffinity)
            try cluster.create(pod)
        }
        cluster.settle()
        let placed = (0..<3).compactMap { cluster.nodeName(of: "web-\($0)") }
        #expect(Set(placed) == ["node-1", "node-2", "node-3"])
        #expect(cluster.nodeName(of: "web-3") == nil)
        #expect(
            cluster.failedScheduling("web-3").first
                == "0/3 nodes are available: 3 node(s) didn't match pod anti-affinity rules. "
                + "preemption: 0/3 nodes are available: 3 No preemption victims found for "
                + "incoming pod.")
    }

    @Test func topologySpreadKeepsZonesWithinMaxSkew() throws {
        let zones = ["zone-a", "zone-b", "zone-c"]
        let cluster = schedulerCluster(
            NodeTemplate.fleet(count: 6, zones: zones, size: node("", cpu: "8")))
        for index in 0..<9 {
            var pod = testPod("web-\(index)", labels: ["app": "web"])
            pod.spec.topologySpreadConstraints = [
                TopologySpreadConstraint(
                    maxSkew: 1, topologyKey: "topology.kubernetes.io/zone",
                    whenUnsatisfiable: .doNotSchedule,
                    labelSelector: LabelSelector(matchLabels: ["app": "web"]))
            ]
            try cluster.create(pod)
        }
        cluster.settle()
        var perZone: [String: Int] = [:]
        for index in 0..<9 {
            let name = try #require(cluster.nodeName(of: "web-\(index)"))
            let zone = try #require(cluster.get(Node.self, name, namespace: "")?.zone)
            perZone[zone, default: 0] += 1
        }
        #expect(perZone == ["zone-a": 3, "zone-b": 3, "zone-c": 3])
    }

    @Test func samePlacementsForTheSameSeed() throws {
        func placements(seed: UInt64) throws -> [String] {
            let cluster = schedulerCluster((1...5).map { node("node-\($0)", cpu: "4") }, seed: seed)
            for index in 0..<20 { try cluster.create(testPod("web-\(index)", cpu: "100m")) }
            cluster.settle()
            return (0..<20).map { cluster.nodeName(of: "web-\($0)") ?? "-" }
        }
        #expect(try placements(seed: 7) == placements(seed: 7))
        #expect(try placements(seed: 7).allSatisfy { $0 != "-" })
    }

    @Test func leastAllocatedSpreadsEqualPods() throws {
        let cluster = schedulerCluster((1...4).map { node("node-\($0)", cpu: "4") })
        for index in 0..<8 { try cluster.create(testPod("web-\(index)", cpu: "500m")) }
        cluster.settle()
        for index in 1...4 { #expect(cluster.podsOnNode("node-\(index)").count == 2) }
    }

    @Test func tenThousandPodsOnFiveHundredNodes() throws {
        let cluster = Cluster(
            configuration: ClusterConfiguration(
                nodes: NodeTemplate.fleet(
                    count: 500, zones: ["a", "b", "c"], size: node("", cpu: "32")
                ).map { $0.makeNode() },
                recordsTimeline: false))
        cluster.register(GarbageCollector())
        cluster.register(Scheduler())
        cluster.bootNodesAndStorage()
        for index in 0..<10_000 { try cluster.create(testPod("p-\(index)", cpu: "100m")) }
        cluster.settle()
        let unscheduled = cluster.list(Pod.self).filter { $0.spec.nodeName == nil }
        #expect(unscheduled.isEmpty)
        let counts = (1...500).map { cluster.podsOnNode("node-\($0)").count }
        #expect(counts.reduce(0, +) == 10_000)
        // Least-allocated scoring over a 46 % sample keeps the spread close to even.
        #expect(counts.max() ?? 0 <= 25)
    }
}
