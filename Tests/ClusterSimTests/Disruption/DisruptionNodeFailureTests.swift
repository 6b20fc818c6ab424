import ClusterSim
import KubeModel
import Testing

@Suite("Disruption: node failure and memory pressure")
struct DisruptionNodeFailureTests {
    typealias F = DisruptionFixtures

    @Test func aFailedNodeGoesUnknownAndItsPodsAreReplacedAfter300s() throws {
        let cluster = F.cluster()
        try cluster.create(F.deployment("web", replicas: 2))
        cluster.advance(by: .seconds(30))
        let victim = try #require(F.livePods(cluster, app: "web").first)
        let node = victim.spec.nodeName ?? ""
        try cluster.failNode(node)
        cluster.advance(by: .seconds(39))
        #expect(cluster.get(Node.self, node)?.statusColumn == "Ready")
        cluster.advance(by: .seconds(6))
        let failed = try #require(cluster.get(Node.self, node))
        let ready = failed.status?.conditions?.first { $0.type == "Ready" }
        #expect(ready?.status == "Unknown")
        #expect(ready?.reason == "NodeStatusUnknown")
        #expect(ready?.message == "Kubelet stopped posting node status.")
        #expect(failed.statusColumn == "NotReady")
        let keys = (failed.spec?.taints ?? []).map { "\($0.key):\($0.effect.rawValue)" }
        #expect(
            keys == [
                "node.kubernetes.io/unreachable:NoSchedule",
                "node.kubernetes.io/unreachable:NoExecute",
            ])
        #expect(cluster.get(Pod.self, victim.storeKey).map(F.isReady) == false)
        cluster.advance(by: .seconds(295))
        #expect(cluster.get(Pod.self, victim.storeKey)?.metadata.deletionTimestamp == nil)
        cluster.advance(by: .seconds(10))
        let terminating = try #require(cluster.get(Pod.self, victim.storeKey))
        #expect(terminating.statusColumn == "Terminating")
        #expect(F.events(cluster, "TaintManagerEviction").count == 1)
        cluster.advance(by: .seconds(30))
        let live = F.livePods(cluster, app: "web")
        #expect(live.count == 2)
        #expect(live.allSatisfy { $0.spec.nodeName != node && F.isReady($0) })
        #expect(cluster.get(Pod.self, victim.storeKey) != nil)

        try cluster.recoverNode(node)
        cluster.advance(by: .seconds(5))
        #expect(cluster.get(Pod.self, victim.storeKey) == nil)
        #expect(cluster.get(Node.self, node)?.statusColumn == "Ready")
        #expect(cluster.get(Node.self, node)?.spec?.taints == nil)
    }

    @Test func memoryPressureEvictsBestEffortThenBurstableThenGuaranteed() throws {
        let cluster = F.cluster(nodes: 1, memoryMiB: 400)
        func mebi(_ value: Int64) -> Quantity {
            Quantity(units: value * 1024 * 1024, format: .binarySI)
        }
        try cluster.create(F.pod("be", node: "node-1"))
        try cluster.create(
            F.pod("bu", node: "node-1") { spec in
                spec.containers[0].resources = ResourceRequirements(requests: ["memory": mebi(50)])
            })
        try cluster.create(
            F.pod("gu", node: "node-1") { spec in
                let amounts = ["memory": mebi(150), "cpu": Quantity(milliValue: 100)]
                spec.containers[0].resources = ResourceRequirements(
                    limits: amounts, requests: amounts)
            })
        cluster.setMemoryUsage(of: cluster.key(Pod.self, "be"), mebibytes: 150)
        cluster.setMemoryUsage(of: cluster.key(Pod.self, "bu"), mebibytes: 150)
        cluster.setMemoryUsage(of: cluster.key(Pod.self, "gu"), mebibytes: 150)
        cluster.advance(by: .seconds(20))
        func phase(_ name: String) -> PodPhase? { cluster.get(Pod.self, name)?.status?.phase }
        #expect(phase("be") == .failed)
        #expect(phase("bu") == .running)
        let evicted = try #require(F.events(cluster, "Evicted").first)
        #expect(
            evicted.message
                == "The node was low on resource: memory. Threshold quantity: 100Mi, "
                + "available: -50Mi. Container be was using 150Mi, request is 0, has larger "
                + "consumption of memory. ")
        #expect(cluster.get(Pod.self, "be")?.status?.reason == "Evicted")
        let pressure = cluster.get(Node.self, "node-1")?.status?.conditions?.first {
            $0.type == "MemoryPressure"
        }
        #expect(pressure?.status == "True")
        #expect(
            cluster.get(Node.self, "node-1")?.spec?.taints?.contains {
                $0.key == "node.kubernetes.io/memory-pressure"
            } == true)

        cluster.setMemoryUsage(of: cluster.key(Pod.self, "bu"), mebibytes: 250)
        cluster.advance(by: .seconds(20))
        #expect(phase("bu") == .failed)
        #expect(phase("gu") == .running)
        cluster.setMemoryUsage(of: cluster.key(Pod.self, "gu"), mebibytes: 350)
        cluster.advance(by: .seconds(20))
        #expect(phase("gu") == .failed)
        #expect(F.events(cluster, "Evicted").map(\.object.name) == ["be", "bu", "gu"])
    }
}

@Suite("Disruption: memory usage from a scenario")
struct DisruptionUsageTests {
    typealias F = DisruptionFixtures

    /// `setUsage` is the working set metrics-server reports and the kubelet sees: memory fixed
    /// above the node's allocatable puts it under pressure, and clearing it ends the pressure.
    @Test func setUsageMemoryReachesTheEvictionManager() throws {
        let cluster = F.cluster(nodes: 1, memoryMiB: 400)
        try cluster.create(F.pod("be", node: "node-1"))
        try cluster.create(F.pod("calm", node: "node-1"))
        cluster.advance(by: .seconds(20))
        #expect(cluster.get(Pod.self, "be")?.status?.phase == .running)

        cluster.setUsage(
            selector: LabelSelector(matchLabels: ["app": "be"]), cpu: nil,
            memory: Quantity(units: 350 * 1024 * 1024, format: .binarySI))
        cluster.advance(by: .seconds(20))
        #expect(cluster.get(Pod.self, "be")?.status?.reason == "Evicted")
        #expect(cluster.get(Pod.self, "calm")?.status?.phase == .running)
        let evicted = try #require(F.events(cluster, "Evicted").first)
        #expect(evicted.message.contains("Container be was using 350Mi"))
    }

    @Test func withoutUsageTheNodeHasNoPressure() throws {
        let cluster = F.cluster(nodes: 1, memoryMiB: 400)
        try cluster.create(F.pod("be", node: "node-1"))
        cluster.setUsage(
            selector: LabelSelector(matchLabels: ["app": "other"]), cpu: nil,
            memory: Quantity(units: 350 * 1024 * 1024, format: .binarySI))
        cluster.advance(by: .seconds(30))
        #expect(cluster.get(Pod.self, "be")?.status?.phase == .running)
        #expect(F.events(cluster, "Evicted").isEmpty)
    }
}
