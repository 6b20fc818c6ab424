public import KubeModel

/// A recipe for a simulated node: its size, place and labels, as a cloud node group would make
/// it.
///
/// `makeNode()` gives the `Node` the kubelet would register.
public struct NodeTemplate: Sendable, Hashable {
    public var name: String
    /// `status.capacity.cpu`.
    public var cpu: Quantity
    /// `status.capacity.memory`.
    public var memory: Quantity
    /// `status.capacity.pods`: the kubelet's `maxPods`, 110 by default.
    public var pods: Int
    /// `topology.kubernetes.io/zone`, when set.
    public var zone: String?
    /// `node.kubernetes.io/instance-type`, when set.
    public var instanceType: String?
    /// Extra labels (they win over the well-known ones computed from the fields above).
    public var labels: [String: String]
    public var taints: [Taint]
    public var unschedulable: Bool
    /// `status.nodeInfo.kubeletVersion`, such as `v1.29.0`.
    public var kubeletVersion: String
    /// `status.allocatable`; capacity when nil (the kubelet reserves nothing by default).
    public var allocatable: [String: Quantity]?

    public init(
        name: String, cpu: Quantity = Quantity(units: 2),
        memory: Quantity = Quantity(units: 8 * 1024 * 1024 * 1024, format: .binarySI),
        pods: Int = 110, zone: String? = nil, instanceType: String? = nil,
        labels: [String: String] = [:], taints: [Taint] = [], unschedulable: Bool = false,
        kubeletVersion: String = "v1.29.0", allocatable: [String: Quantity]? = nil
    ) {
        self.name = name
        self.cpu = cpu
        self.memory = memory
        self.pods = pods
        self.zone = zone
        self.instanceType = instanceType
        self.labels = labels
        self.taints = taints
        self.unschedulable = unschedulable
        self.kubeletVersion = kubeletVersion
        self.allocatable = allocatable
    }

    /// The node as the kubelet registers it: labels, capacity, allocatable, a Ready condition.
    public func makeNode() -> Node {
        var nodeLabels = [
            WellKnownLabels.hostname: name,
            WellKnownLabels.operatingSystem: "linux",
            WellKnownLabels.architecture: "amd64",
        ]
        if let zone { nodeLabels[WellKnownLabels.zone] = zone }
        if let instanceType { nodeLabels[WellKnownLabels.instanceType] = instanceType }
        nodeLabels.merge(labels) { _, extra in extra }
        let capacity: [String: Quantity] = [
            "cpu": cpu, "memory": memory, "pods": Quantity(units: Int64(pods)),
        ]
        var status = NodeStatus(capacity: capacity, allocatable: allocatable ?? capacity)
        status.nodeInfo = NodeSystemInfo(kubeletVersion: kubeletVersion)
        status.nodeInfo?.operatingSystem = "linux"
        status.nodeInfo?.architecture = "amd64"
        status.conditions = [Node.readyCondition]
        status.addresses = [NodeAddress(type: "Hostname", address: name)]
        let spec = NodeSpec(
            unschedulable: unschedulable ? true : nil, taints: taints.isEmpty ? nil : taints)
        return Node(
            metadata: ObjectMeta(name: name, labels: nodeLabels), spec: spec, status: status)
    }

    /// `count` nodes named `<prefix>-1` … `<prefix>-<count>`, spread round-robin over `zones`.
    public static func fleet(
        count: Int, prefix: String = "node", zones: [String] = [], size: NodeTemplate? = nil
    ) -> [NodeTemplate] {
        (0..<max(0, count)).map { index in
            var template = size ?? NodeTemplate(name: "")
            template.name = "\(prefix)-\(index + 1)"
            if !zones.isEmpty { template.zone = zones[index % zones.count] }
            return template
        }
    }
}
