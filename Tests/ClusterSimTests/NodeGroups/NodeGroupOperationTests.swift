import ClusterSim
import KubeModel
import Testing

@Suite("NodeGroup operations")
struct NodeGroupOperationTests {
    @Test func createLaunchesNodesAfterBootTime() throws {
        let cluster = nodeGroupCluster()
        try cluster.createNodeGroup(
            NodeGroupSpec(name: "ng-1", minSize: 1, maxSize: 4, desiredSize: 3))
        #expect(cluster.nodeGroup(named: "ng-1")?.status == .creating)
        #expect(cluster.list(Node.self).isEmpty)
        cluster.advance(by: .seconds(89))
        #expect(cluster.list(Node.self).isEmpty)
        cluster.advance(by: .seconds(1))
        let nodes = cluster.nodes(inGroup: "ng-1")
        #expect(nodes.count == 3)
        #expect(cluster.nodeGroup(named: "ng-1")?.status == .active)
        let zones = nodes.compactMap { $0.metadata.labels?["topology.kubernetes.io/zone"] }
        #expect(zones.sorted() == ["us-east-1a", "us-east-1b", "us-east-1c"])
        let node = try #require(nodes.first)
        #expect(node.metadata.name?.hasSuffix(".ec2.internal") == true)
        #expect(node.metadata.labels?["node.kubernetes.io/instance-type"] == "m5.large")
        #expect(node.status?.nodeInfo?.kubeletVersion == "v1.29.0")
        #expect(node.allocatablePods == 29)
    }

    /// Every EKS node runs the VPC CNI and kube-proxy (DaemonSets in kube-system, on the
    /// host's network), and the cluster runs two CoreDNS replicas behind a budget: a drain
    /// ignores the DaemonSet pods with `--ignore-daemonsets`, says so, and evicts CoreDNS.
    @Test func eksClustersRunTheDefaultAddOns() throws {
        let cluster = nodeGroupCluster()
        try cluster.createNodeGroup(NodeGroupSpec(name: "ng-1", desiredSize: 2))
        cluster.advance(by: .seconds(120))
        let addons = cluster.list(Pod.self, namespace: "kube-system")
        func names(_ pods: [Pod]) -> [String] {
            pods.compactMap(\.metadata.name).map { name in
                name.hasPrefix("coredns-") ? "coredns" : String(name.dropLast(6))
            }.sorted()
        }
        #expect(
            names(addons) == [
                "aws-node", "aws-node", "coredns", "coredns", "kube-proxy", "kube-proxy",
            ])
        #expect(addons.allSatisfy { $0.status?.phase == .running })
        #expect(
            cluster.get(Service.self, "kube-dns", namespace: "kube-system")?.spec.clusterIP
                == "10.96.0.10")
        let budget = cluster.get(PodDisruptionBudget.self, "coredns", namespace: "kube-system")
        #expect(budget?.status?.disruptionsAllowed == 1)
        let node = try #require(cluster.nodes(inGroup: "ng-1").first?.metadata.name)
        let daemons = addons.filter { $0.spec.nodeName == node && $0.spec.hostNetwork == true }
        #expect(names(daemons) == ["aws-node", "kube-proxy"])
        // ip-10-0-0-10.ec2.internal's address is 10.0.0.10, and host-network pods share it.
        let address = node.dropFirst(3).prefix { $0 != "." }.split(separator: "-")
            .joined(separator: ".")
        #expect(daemons.allSatisfy { $0.status?.podIP == address && $0.status?.hostIP == address })
        var lines: [String] = []
        try cluster.drain(node: node, options: DrainOptions(ignoreDaemonSets: true)) { _, result in
            lines = result.lines
        }
        cluster.advance(by: .seconds(10))
        #expect(
            lines.contains {
                $0.hasPrefix("Warning: ignoring DaemonSet-managed Pods: kube-system/")
            },
            "\(lines)")
        let left = cluster.list(Pod.self, namespace: "kube-system").filter {
            $0.spec.nodeName == node
        }
        #expect(names(left) == ["aws-node", "kube-proxy"], "CoreDNS moved off the drained node")
    }

    /// The EKS AMI reserves cpu by cores and memory by pod density, and evicts at 100Mi: real
    /// m5.large nodes report 1930m, and three 500m pods fit where the capacity would take four.
    @Test func nodesOfferWhatTheEKSAMILeavesToPods() throws {
        let cluster = nodeGroupCluster()
        try cluster.createNodeGroup(NodeGroupSpec(name: "ng-1", desiredSize: 1))
        try cluster.createNodeGroup(
            NodeGroupSpec(
                name: "big", cpu: Quantity(units: 32),
                memory: Quantity(units: 128 << 30, format: .binarySI), maxPods: 110,
                desiredSize: 1))
        cluster.advance(by: .seconds(90))
        let node = try #require(cluster.nodes(inGroup: "ng-1").first)
        #expect(node.status?.capacity?["cpu"]?.description == "2")
        #expect(node.status?.allocatable?["cpu"]?.description == "1930m")
        #expect(node.status?.allocatable?["memory"]?.description == "7518Mi")
        let big = try #require(cluster.nodes(inGroup: "big").first)
        // 60m + 10m + 2 × 5m + 28 × 2.5m; 11 Mi × 110 + 255 Mi + 100 Mi.
        #expect(big.status?.allocatable?["cpu"]?.description == "31850m")
        #expect(big.allocatableMemory == (128 << 30) - (1565 << 20))
        try cluster.deleteNodeGroup(name: "big")
        cluster.advance(by: .seconds(120))
        try cluster.create(webDeployment(replicas: 4, cpu: "500m"))
        cluster.advance(by: .seconds(30))
        #expect(cluster.boundPods.count == 3)
    }

    @Test func duplicateAndInvalidScalingAreRefused() throws {
        let cluster = nodeGroupCluster()
        try cluster.createNodeGroup(NodeGroupSpec(name: "ng-1", desiredSize: 1))
        #expect(throws: APIError.self) { try cluster.createNodeGroup(NodeGroupSpec(name: "ng-1")) }
        do {
            try cluster.scaleNodeGroup(name: "ng-1", desired: 5, max: 3)
            Issue.record("expected an error")
        } catch {
            #expect(
                error.message
                    == "InvalidParameterException: Desired capacity 5 can't be greater than max size 3"
            )
        }
        do {
            try cluster.deleteNodeGroup(name: "nope")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.message
                    == "ResourceNotFoundException: No node group found for name: nope.")
        }
    }

    @Test func scaleOutAndInDrainsRemovedNodes() throws {
        let cluster = nodeGroupCluster()
        try cluster.createNodeGroup(
            NodeGroupSpec(name: "ng-1", minSize: 1, maxSize: 5, desiredSize: 2))
        cluster.advance(by: .seconds(90))
        try cluster.scaleNodeGroup(name: "ng-1", desired: 4)
        cluster.advance(by: .seconds(90))
        #expect(cluster.nodes(inGroup: "ng-1").count == 4)
        try cluster.create(webDeployment(replicas: 4, cpu: "100m"))
        cluster.advance(by: .seconds(30))
        #expect(cluster.boundPods.count == 4)
        try cluster.scaleNodeGroup(name: "ng-1", desired: 1)
        cluster.advance(by: .seconds(600))
        #expect(cluster.nodes(inGroup: "ng-1").count == 1)
        #expect(cluster.nodeGroup(named: "ng-1")?.desiredSize == 1)
        // The drained pods came back on the remaining node.
        #expect(cluster.boundPods.count == 4)
        #expect(Set(cluster.boundPods.compactMap(\.spec.nodeName)).count == 1)
    }

    @Test func deleteDrainsThenRemovesTheGroup() throws {
        let cluster = nodeGroupCluster()
        try cluster.createNodeGroup(NodeGroupSpec(name: "ng-1", desiredSize: 2))
        cluster.advance(by: .seconds(90))
        try cluster.deleteNodeGroup(name: "ng-1")
        #expect(cluster.nodeGroup(named: "ng-1")?.status == .deleting)
        cluster.advance(by: .seconds(600))
        #expect(cluster.nodeGroup(named: "ng-1") == nil)
        #expect(cluster.list(Node.self).isEmpty)
    }
}
