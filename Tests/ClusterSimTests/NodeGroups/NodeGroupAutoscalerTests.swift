import ClusterSim
import KubeModel
import Testing

@Suite("NodeGroup cluster autoscaler")
struct NodeGroupAutoscalerTests {
    /// Seed 000: pods that do not fit two nodes make the autoscaler add one, within max.
    @Test func pendingPodsTriggerScaleUpWithinMax() throws {
        let cluster = nodeGroupCluster(autoscaler: true)
        try cluster.createNodeGroup(
            NodeGroupSpec(name: "ng-1", minSize: 1, maxSize: 3, desiredSize: 2))
        cluster.advance(by: .seconds(90))
        // m5.large: 2 cpu; 1500m each → one pod per node.
        try cluster.create(webDeployment(replicas: 3, cpu: "1500m"))
        cluster.advance(by: .seconds(5))
        #expect(cluster.pendingPods.count == 1)
        cluster.advance(by: .seconds(10))
        let triggered = cluster.eventMessages("TriggeredScaleUp")
        #expect(triggered == ["pod triggered scale-up: [{ng-1 2->3 (max: 3)}]"])
        #expect(cluster.nodeGroup(named: "ng-1")?.desiredSize == 3)
        cluster.advance(by: .seconds(100))
        #expect(cluster.nodes(inGroup: "ng-1").count == 3)
        #expect(cluster.pendingPods.isEmpty)
        // Beyond max: the fourth pod stays Pending and says why.
        try cluster.modify(Deployment.self, cluster.key(Deployment.self, "web")) {
            $0.spec.replicas = 4
        }
        cluster.advance(by: .seconds(30))
        #expect(cluster.pendingPods.count == 1)
        #expect(
            cluster.eventMessages("NotTriggerScaleUp")
                == ["pod didn't trigger scale-up: 1 max node group size reached"])
        #expect(cluster.nodeGroup(named: "ng-1")?.desiredSize == 3)
    }

    @Test func tooLargePodDoesNotTriggerScaleUp() throws {
        let cluster = nodeGroupCluster(autoscaler: true)
        try cluster.createNodeGroup(NodeGroupSpec(name: "ng-1", maxSize: 3, desiredSize: 1))
        cluster.advance(by: .seconds(90))
        try cluster.create(webDeployment(replicas: 1, cpu: "4"))
        cluster.advance(by: .seconds(30))
        #expect(
            cluster.eventMessages("NotTriggerScaleUp")
                == ["pod didn't trigger scale-up: 1 Insufficient cpu"])
    }

    /// Upstream's template node carries the pods its DaemonSets would run: an m5.large
    /// offers 1930m, less EKS's aws-node and kube-proxy (125m), so 1850m fits no new node.
    @Test func theTemplateNodeCountsDaemonSetPods() throws {
        let cluster = nodeGroupCluster(autoscaler: true)
        try cluster.createNodeGroup(NodeGroupSpec(name: "ng-1", maxSize: 3, desiredSize: 1))
        cluster.advance(by: .seconds(90))
        try cluster.create(webDeployment(replicas: 1, cpu: "1850m"))
        cluster.advance(by: .seconds(30))
        #expect(
            cluster.eventMessages("NotTriggerScaleUp")
                == ["pod didn't trigger scale-up: 1 Insufficient cpu"])
        #expect(cluster.nodeGroup(named: "ng-1")?.desiredSize == 1)
    }

    @Test func underutilizedNodeIsRemovedAfterTenMinutes() throws {
        let cluster = nodeGroupCluster(autoscaler: true)
        try cluster.createNodeGroup(
            NodeGroupSpec(name: "ng-1", minSize: 1, maxSize: 3, desiredSize: 2))
        cluster.advance(by: .seconds(90))
        try cluster.create(webDeployment(replicas: 2, cpu: "200m"))
        cluster.advance(by: .seconds(30))
        cluster.advance(by: .seconds(9 * 60))
        #expect(cluster.nodes(inGroup: "ng-1").count == 2)
        cluster.advance(by: .seconds(5 * 60))
        #expect(cluster.eventMessages("ScaleDown").count == 1)
        #expect(cluster.nodes(inGroup: "ng-1").count == 1)
        #expect(cluster.nodeGroup(named: "ng-1")?.desiredSize == 1)
        #expect(cluster.boundPods.count == 2)
        // Never below min size.
        cluster.advance(by: .seconds(30 * 60))
        #expect(cluster.nodes(inGroup: "ng-1").count == 1)
    }
}
