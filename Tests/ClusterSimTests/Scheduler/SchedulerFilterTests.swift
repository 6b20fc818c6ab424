import ClusterSim
import KubeModel
import Testing

@Suite("Scheduler filters")
struct SchedulerFilterTests {
    @Test func insufficientCPUOnEveryNode() throws {
        let cluster = schedulerCluster([
            node("node-1", cpu: "1"), node("node-2", cpu: "1"),
            node("node-3", cpu: "1"),
        ])
        try cluster.create(testPod("web-0", cpu: "2"))
        cluster.settle()
        #expect(cluster.nodeName(of: "web-0") == nil)
        #expect(
            cluster.failedScheduling("web-0").first
                == "0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are "
                + "available: 3 No preemption victims found for incoming pod.")
        let condition = cluster.get(Pod.self, "web-0")?.status?.conditions?.first
        #expect(condition?.type == "PodScheduled")
        #expect(condition?.status == "False")
        #expect(condition?.reason == "Unschedulable")
    }

    /// NodeResourcesFit on memory: requests of pods already bound count against each node's
    /// 8Gi, so a third 5Gi pod fits nowhere while a 2Gi one still does.
    @Test func insufficientMemoryCountsWhatIsAlreadyBound() throws {
        let cluster = schedulerCluster([node("node-1", cpu: "4"), node("node-2", cpu: "4")])
        try cluster.create(testPod("a-0", memory: "5Gi"))
        try cluster.create(testPod("a-1", memory: "5Gi"))
        cluster.settle()
        #expect(
            Set([cluster.nodeName(of: "a-0"), cluster.nodeName(of: "a-1")]) == ["node-1", "node-2"])
        try cluster.create(testPod("b-0", memory: "5Gi"))
        try cluster.create(testPod("small", memory: "2Gi"))
        cluster.settle()
        #expect(cluster.nodeName(of: "b-0") == nil)
        #expect(
            cluster.failedScheduling("b-0")
                == [
                    "0/2 nodes are available: 2 Insufficient memory. preemption: 0/2 nodes are "
                        + "available: 2 No preemption victims found for incoming pod."
                ])
        #expect(cluster.nodeName(of: "small") != nil)
        #expect(cluster.failedScheduling("small") == [])
    }

    /// Upstream's NodeAffinity PreFilterResult: a pod pinned by `matchFields metadata.name`
    /// (as a DaemonSet pins its pods) is filtered against its node only; names that conflict
    /// across requirements fit nowhere.
    @Test func aPodPinnedByNameIsFilteredOnItsNodeOnly() throws {
        let cluster = schedulerCluster([
            node("node-1", cpu: "1"), node("node-2", cpu: "1"), node("node-3", cpu: "1"),
        ])
        func pinned(_ name: String, cpu: String, to nodes: [[String]]) -> Pod {
            var pod = testPod(name, cpu: cpu)
            let terms = nodes.map { names in
                var term = NodeSelectorTerm()
                term.matchFields = names.map {
                    NodeSelectorRequirement(key: "metadata.name", operator: .in, values: [$0])
                }
                return term
            }
            var affinity = Affinity()
            var nodeAffinity = NodeAffinity()
            nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution = NodeSelector(
                nodeSelectorTerms: terms)
            affinity.nodeAffinity = nodeAffinity
            pod.spec.affinity = affinity
            return pod
        }
        try cluster.create(pinned("agent", cpu: "100m", to: [["node-3"]]))
        try cluster.create(pinned("big", cpu: "2", to: [["node-2"]]))
        try cluster.create(pinned("nowhere", cpu: "100m", to: [["node-1", "node-2"]]))
        cluster.settle()
        #expect(cluster.nodeName(of: "agent") == "node-3")
        #expect(
            cluster.failedScheduling("big").first
                == "0/3 nodes are available: 1 Insufficient cpu. preemption: 0/3 nodes are "
                + "available: 1 No preemption victims found for incoming pod.")
        #expect(
            cluster.failedScheduling("nowhere").first?.hasPrefix(
                "0/3 nodes are available: pod affinity terms conflict.") == true,
            "\(cluster.failedScheduling("nowhere"))")
    }

    @Test func combinedReasonsAreCountedAndSorted() throws {
        var controlPlane = node("control-plane", cpu: "8")
        controlPlane.taints = [
            Taint(key: "node-role.kubernetes.io/control-plane", effect: .noSchedule)
        ]
        let cluster = schedulerCluster([
            controlPlane, node("node-1", cpu: "1"), node("node-2", cpu: "1"),
        ])
        try cluster.create(testPod("web-0", cpu: "2"))
        cluster.settle()
        #expect(
            cluster.failedScheduling("web-0").first
                == "0/3 nodes are available: 1 node(s) had untolerated taint "
                + "{node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: "
                + "0/3 nodes are available: 1 Preemption is not helpful for scheduling, "
                + "2 No preemption victims found for incoming pod.")
    }

    @Test func scheduledPodGetsConditionAndEvent() throws {
        let cluster = schedulerCluster([node("node-1")])
        try cluster.create(testPod("web-0", cpu: "500m"))
        cluster.settle()
        #expect(cluster.nodeName(of: "web-0") == "node-1")
        let event = cluster.events.first { $0.reason == "Scheduled" }
        #expect(event?.message == "Successfully assigned default/web-0 to node-1")
        #expect(event?.source == "default-scheduler")
        let condition = cluster.get(Pod.self, "web-0")?.status?.conditions?.first
        #expect(condition?.status == "True")
        #expect(cluster.podsOnNode("node-1").map(\.name) == ["web-0"])
        #expect(cluster.nodeUsage("node-1")?.requested.milliCPU == 500)
    }

    @Test func cordonedNodeIsSkipped() throws {
        var cordoned = node("node-1", cpu: "8")
        cordoned.unschedulable = true
        let cluster = schedulerCluster([cordoned, node("node-2", cpu: "8")])
        for index in 0..<3 { try cluster.create(testPod("web-\(index)", cpu: "100m")) }
        cluster.settle()
        #expect((0..<3).allSatisfy { cluster.nodeName(of: "web-\($0)") == "node-2" })

        let lonely = schedulerCluster([cordoned])
        try lonely.create(testPod("web-0"))
        lonely.settle()
        #expect(
            lonely.failedScheduling("web-0").first
                == "0/1 nodes are available: 1 node(s) were unschedulable. preemption: 0/1 nodes "
                + "are available: 1 Preemption is not helpful for scheduling.")
    }

    @Test func nodeSelectorAndTooManyPods() throws {
        var small = node("node-1")
        small.pods = 1
        let cluster = schedulerCluster([small, node("node-2")])
        var pod = testPod("web-0")
        pod.spec.nodeSelector = ["disktype": "ssd"]
        try cluster.create(pod)
        cluster.settle()
        #expect(
            cluster.failedScheduling("web-0").first
                == "0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector. "
                + "preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."
        )
    }

    @Test func hostPortsConflict() throws {
        let cluster = schedulerCluster([node("node-1")])
        for name in ["a", "b"] {
            var pod = testPod(name)
            var port = ContainerPort(containerPort: 80)
            port.hostPort = 8080
            pod.spec.containers[0].ports = [port]
            try cluster.create(pod)
        }
        cluster.settle()
        #expect(cluster.nodeName(of: "a") == "node-1")
        #expect(
            cluster.failedScheduling("b").first
                == "0/1 nodes are available: 1 node(s) didn't have free ports for the requested "
                + "pod ports. preemption: 0/1 nodes are available: 1 No preemption victims found "
                + "for incoming pod.")
    }

    @Test func initContainersAndOverheadCount() throws {
        let cluster = schedulerCluster([node("node-1", cpu: "1")])
        var pod = testPod("web-0", cpu: "100m")
        var setup = Container(name: "setup", image: "busybox")
        setup.resources = ResourceRequirements(requests: ["cpu": Quantity(units: 2)])
        pod.spec.initContainers = [setup]
        try cluster.create(pod)
        var withOverhead = testPod("web-1", cpu: "800m")
        withOverhead.spec.overhead = ["cpu": Quantity("250m") ?? .zero]
        try cluster.create(withOverhead)
        cluster.settle()
        #expect(cluster.nodeName(of: "web-0") == nil)
        #expect(cluster.nodeName(of: "web-1") == nil)
        #expect(cluster.failedScheduling("web-1").first?.contains("1 Insufficient cpu") == true)
    }

    @Test func tolerationsAdmit() throws {
        var tainted = node("node-1")
        tainted.taints = [Taint(key: "dedicated", value: "gpu", effect: .noSchedule)]
        let cluster = schedulerCluster([tainted])
        var pod = testPod("web-0")
        pod.spec.tolerations = [Toleration(key: "dedicated", operator: .equal, value: "gpu")]
        try cluster.create(pod)
        cluster.settle()
        #expect(cluster.nodeName(of: "web-0") == "node-1")
    }
}
