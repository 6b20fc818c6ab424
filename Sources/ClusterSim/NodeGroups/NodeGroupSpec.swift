public import KubeModel

/// An EKS managed node group as `eksctl` or `aws eks create-nodegroup` describes it: an
/// instance type, a scaling configuration (`minSize`, `maxSize`, `desiredSize`), a Kubernetes
/// version, labels, taints and the zones its Auto Scaling group spans.
///
/// Every field but `name` is optional so a scenario can decode it with the synthesized
/// `Decodable`; the `effective…` properties give the defaults.
public struct NodeGroupSpec: Sendable, Hashable, Codable {
    public var name: String
    /// `m5.large` by default, EKS's default for managed node groups.
    public var instanceType: String?
    /// `status.capacity.cpu`; the instance type's vCPUs when nil.
    public var cpu: Quantity?
    /// `status.capacity.memory`; the instance type's memory when nil.
    public var memory: Quantity?
    /// The kubelet's `maxPods`; the instance type's ENI limit (eni-max-pods.txt) when nil.
    public var maxPods: Int?
    /// `scalingConfig.minSize`, 1 by default (the EKS console's default is 2; the API's 1).
    public var minSize: Int?
    /// `scalingConfig.maxSize`, `max(desired, min, 1)` by default.
    public var maxSize: Int?
    /// `scalingConfig.desiredSize`, `minSize` by default.
    public var desiredSize: Int?
    /// `1.29`; the control plane's version when nil, as EKS does.
    public var kubernetesVersion: String?
    /// Kubernetes labels applied to every node.
    public var labels: [String: String]?
    /// Kubernetes taints applied to every node.
    public var taints: [Taint]?
    /// The Availability Zones of the group's subnets; nodes go round-robin over them.
    public var zones: [String]?
    /// Seconds from the Auto Scaling group's launch to the node registering Ready (EC2 boot
    /// plus the kubelet joining): 90 by default.
    public var nodeBootSeconds: Double?

    public init(
        name: String, instanceType: String? = nil, cpu: Quantity? = nil, memory: Quantity? = nil,
        maxPods: Int? = nil, minSize: Int? = nil, maxSize: Int? = nil, desiredSize: Int? = nil,
        kubernetesVersion: String? = nil, labels: [String: String]? = nil,
        taints: [Taint]? = nil, zones: [String]? = nil, nodeBootSeconds: Double? = nil
    ) {
        self.name = name
        self.instanceType = instanceType
        self.cpu = cpu
        self.memory = memory
        self.maxPods = maxPods
        self.minSize = minSize
        self.maxSize = maxSize
        self.desiredSize = desiredSize
        self.kubernetesVersion = kubernetesVersion
        self.labels = labels
        self.taints = taints
        self.zones = zones
        self.nodeBootSeconds = nodeBootSeconds
    }

    /// Zones used when none are given: three in us-east-1, whose nodes are `*.ec2.internal`.
    public static let defaultZones = ["us-east-1a", "us-east-1b", "us-east-1c"]

    public var effectiveInstanceType: String { instanceType ?? InstanceType.defaultName }
    public var effectiveMinSize: Int { minSize ?? min(1, desiredSize ?? 1) }
    public var effectiveDesiredSize: Int { desiredSize ?? effectiveMinSize }
    public var effectiveMaxSize: Int {
        maxSize ?? max(effectiveDesiredSize, effectiveMinSize, 1)
    }
    public var effectiveZones: [String] {
        (zones ?? []).isEmpty ? Self.defaultZones : zones ?? []
    }
    public var bootTime: VirtualTime { .seconds(nodeBootSeconds ?? 90) }
}
