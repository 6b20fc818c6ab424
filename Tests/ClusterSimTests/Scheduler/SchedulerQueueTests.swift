import ClusterSim
import KubeModel
import Testing

@Suite("Scheduler queue")
struct SchedulerQueueTests {
    @Test func pendingPodIsScheduledWhenANodeIsAdded() throws {
        let cluster = schedulerCluster([node("node-1", cpu: "1")])
        try cluster.create(testPod("web-0", cpu: "2"))
        cluster.advance(by: .seconds(30))
        #expect(cluster.nodeName(of: "web-0") == nil)
        // Unschedulable, not retried in a loop: one attempt so far.
        #expect(cluster.failedScheduling("web-0").count == 1)
        try cluster.create(node("node-2", cpu: "4").makeNode())
        cluster.advance(by: .milliseconds(1))
        #expect(cluster.nodeName(of: "web-0") == "node-2")
    }

    @Test func deletingAPodFreesCapacityWithinBackoff() throws {
        let cluster = schedulerCluster([node("node-1", cpu: "1")])
        try cluster.create(testPod("old", cpu: "800m"))
        cluster.settle()
        try cluster.create(testPod("new", cpu: "800m"))
        cluster.settle()
        #expect(cluster.nodeName(of: "new") == nil)
        let deletedAt = cluster.now
        // Nothing runs the kubelet here: remove the pod outright, as the kubelet finally does.
        cluster.remove(Pod.self, cluster.key(Pod.self, "old"))
        let scheduled = cluster.run(
            until: { $0.nodeName(of: "new") == "node-1" }, timeout: .seconds(11))
        #expect(scheduled)
        // The first back-off is 1 s (podInitialBackoffSeconds), flushed on the next 1 s tick.
        #expect(cluster.now - deletedAt <= .seconds(1))
    }

    @Test func unschedulablePodsAreRetriedEveryFiveMinutes() throws {
        let cluster = schedulerCluster([node("node-1", cpu: "1")])
        try cluster.create(testPod("web-0", cpu: "2"))
        cluster.advance(by: .seconds(299))
        #expect(cluster.failedScheduling("web-0").count == 1)
        cluster.advance(by: .seconds(31))
        #expect(cluster.failedScheduling("web-0").count == 2)
    }

    @Test func noNodesIsAnErrorRetriedWithBackoff() throws {
        let cluster = schedulerCluster([])
        try cluster.create(testPod("web-0"))
        cluster.advance(by: .seconds(20))
        let messages = cluster.failedScheduling("web-0")
        #expect(messages.first == "no nodes available to schedule pods")
        // Back-off 1, 2, 4, 8 s then 10 s: attempts at 0, 1, 3, 7, 15 s.
        #expect(messages.count == 5)
    }
}
