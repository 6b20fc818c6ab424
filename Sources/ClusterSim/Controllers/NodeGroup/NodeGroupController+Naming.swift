public import KubeModel
import OrderedCollections

/// EC2-style node names and the node objects their kubelets register.
extension NodeGroupController {
    /// `ip-10-0-<third>-<fourth>.ec2.internal`: a private address in the zone's subnet
    /// (`10.0.<32·zone>.0/19`, one per zone in order of first use), as EKS names nodes after
    /// their private DNS name.
    func nextNodeName(zone: String) -> String {
        let index = zoneIndex[zone] ?? zoneIndex.count
        zoneIndex[zone] = index
        let used = addressesUsed[zone, default: 0]
        addressesUsed[zone] = used + 1
        // Skip .0 and the VPC's reserved first addresses (.1–.3) of the subnet.
        let offset = used + 10
        let third = (index * 32 + offset / 256) % 256
        return "ip-10-0-\(third)-\(offset % 256).ec2.internal"
    }

    /// The node as the EKS AMI's kubelet registers it.
    func makeNode(
        _ nodeName: String, info: NodeGroupState.InstanceInfo, of state: NodeGroupState,
        instance: Int
    ) -> Node {
        let spec = state.spec
        let type = InstanceType.named(spec.effectiveInstanceType)
        var labels = spec.labels ?? [:]
        labels[NodeGroupLabels.nodegroup] = state.name
        labels[NodeGroupLabels.capacityType] = "ON_DEMAND"
        labels[WellKnownLabels.region] = Self.region(of: info.zone)
        let cpu = spec.cpu ?? type.cpu
        let memory = spec.memory ?? type.memory
        let pods = spec.maxPods ?? type.maxPods
        let template = NodeTemplate(
            name: nodeName, cpu: cpu, memory: memory, pods: pods, zone: info.zone,
            instanceType: type.name, labels: labels, taints: spec.taints ?? [],
            kubeletVersion: "v\(info.version).0",
            allocatable: EKSNodeReservation.allocatable(cpu: cpu, memory: memory, maxPods: pods))
        var node = template.makeNode()
        let hex = String(instance, radix: 16)
        let id = "i-0" + String(repeating: "0", count: max(0, 16 - hex.count)) + hex
        node.spec?.providerID = "aws:///\(info.zone)/\(id)"
        return node
    }

    /// `us-east-1a` → `us-east-1`; other zone names are their own region.
    static func region(of zone: String) -> String {
        guard let last = zone.last, last.isLetter, zone.dropLast().last?.isNumber == true
        else { return zone }
        return String(zone.dropLast())
    }
}
