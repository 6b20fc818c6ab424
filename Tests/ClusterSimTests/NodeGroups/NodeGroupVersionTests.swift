import ClusterSim
import KubeModel
import Testing

@Suite("NodeGroup versions and upgrades")
struct NodeGroupVersionTests {
    @Test func skewRulesAreEnforced() throws {
        let cluster = nodeGroupCluster(version: "1.29")
        do {
            try cluster.createNodeGroup(NodeGroupSpec(name: "new", kubernetesVersion: "1.30"))
            Issue.record("expected an error")
        } catch {
            #expect(
                error.message
                    == "InvalidParameterException: Nodegroup Kubernetes version 1.30 should be "
                    + "equal or less than the cluster's Kubernetes version 1.29")
        }
        let old = #expect(throws: APIError.self) {
            try cluster.createNodeGroup(NodeGroupSpec(name: "old", kubernetesVersion: "1.25"))
        }
        #expect(
            old?.message
                == "InvalidParameterException: Nodegroup Kubernetes version 1.25 is more than 3 "
                + "minor versions older than the cluster's Kubernetes version 1.29")
        try cluster.createNodeGroup(NodeGroupSpec(name: "ok", kubernetesVersion: "1.26"))
        cluster.advance(by: .seconds(90))
        do {
            try cluster.upgradeControlPlane(to: "1.31")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.message
                    == "InvalidParameterException: Unsupported Kubernetes minor version update "
                    + "from 1.29 to 1.31")
        }
        // 1.26 kubelets would be four minors behind 1.30.
        #expect(throws: APIError.self) { try cluster.upgradeControlPlane(to: "1.30") }
        #expect(cluster.controlPlaneVersion == "1.29")
    }

    @Test func inPlaceUpgradeReplacesOneNodeAtATime() throws {
        let cluster = nodeGroupCluster(version: "1.29")
        try cluster.createNodeGroup(
            NodeGroupSpec(name: "ng-1", minSize: 3, maxSize: 3, desiredSize: 3))
        cluster.advance(by: .seconds(90))
        try cluster.create(webDeployment(replicas: 3, cpu: "100m"))
        cluster.advance(by: .seconds(30))
        try cluster.upgradeControlPlane(to: "1.30")
        #expect(throws: APIError.self) {
            try cluster.upgradeNodeGroup(name: "ng-1", version: "1.31")
        }
        let id = try cluster.upgradeNodeGroup(name: "ng-1")
        var maxNodes = 0
        var minOld = 3
        for _ in 0..<720 {
            cluster.advance(by: .seconds(5))
            let nodes = cluster.nodes(inGroup: "ng-1")
            maxNodes = max(maxNodes, nodes.count)
            let old = nodes.filter { $0.status?.nodeInfo?.kubeletVersion == "v1.29.0" }
            minOld = min(minOld, old.count)
            if cluster.nodeGroup(named: "ng-1")?.status == .active { break }
        }
        let group = try #require(cluster.nodeGroup(named: "ng-1"))
        #expect(group.version == "1.30")
        #expect(group.updates.first { $0.id == id }?.status == .successful)
        let nodes = cluster.nodes(inGroup: "ng-1")
        #expect(nodes.count == 3)
        #expect(nodes.allSatisfy { $0.status?.nodeInfo?.kubeletVersion == "v1.30.0" })
        // Never more than one surge node.
        #expect(maxNodes == 4)
        #expect(minOld == 0)
        #expect(cluster.boundPods.count == 3)
        // One drain at a time: the drain lines alternate with the surge joins.
        let drains = group.activity.filter { $0.contains("draining node") }
        #expect(drains.count == 3)
    }

    @Test func blueGreenMovesPodsToTheGreenGroup() throws {
        let cluster = nodeGroupCluster(version: "1.29")
        try cluster.createNodeGroup(NodeGroupSpec(name: "blue", desiredSize: 2))
        cluster.advance(by: .seconds(90))
        try cluster.create(webDeployment(replicas: 4, cpu: "200m"))
        cluster.advance(by: .seconds(30))
        try cluster.upgradeControlPlane(to: "1.30")
        try cluster.createNodeGroup(NodeGroupSpec(name: "green", desiredSize: 2))
        cluster.advance(by: .seconds(90))
        #expect(cluster.nodes(inGroup: "green").count == 2)
        for node in cluster.nodes(inGroup: "blue") {
            try cluster.cordon(node: node.metadata.name ?? "")
        }
        try cluster.deleteNodeGroup(name: "blue")
        cluster.advance(by: .seconds(600))
        #expect(cluster.nodeGroup(named: "blue") == nil)
        let green = Set(cluster.nodes(inGroup: "green").compactMap(\.metadata.name))
        #expect(cluster.boundPods.count == 4)
        #expect(cluster.boundPods.allSatisfy { green.contains($0.spec.nodeName ?? "") })
    }
}
