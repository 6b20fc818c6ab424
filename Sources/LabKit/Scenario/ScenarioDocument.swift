import KubeModel

/// A scenario file as written: decoded strictly (unknown and duplicate keys, wrong types),
/// then compiled into a `Scenario` by `ScenarioCompiler`, which checks what a type cannot.
struct ScenarioDocument: Decodable {
    var name: String
    var description: String?
    var cluster: ClusterDocument?
    var steps: [StepDocument]
}

/// The `cluster:` section: how the simulated cluster starts.
struct ClusterDocument: Decodable {
    var seed: UInt64?
    var controlPlaneVersion: String?
    /// `featureGates: {HPAConfigurableTolerance: true}`: gates set as a cluster admin would.
    var featureGates: [String: Bool]?
    var nodes: [NodeDocument]?
    var storageClasses: [StorageClassDocument]?
    var nodeGroups: [NodeGroupDocument]?
    /// The image catalogue to use instead of `Labs/images.yaml`, relative to the scenario.
    var images: String?
}

/// One node, or `count` identical ones named `<name>-1`, `<name>-2`, ...
struct NodeDocument: Decodable {
    var name: String
    var cpu: RawScalar?
    var memory: RawScalar?
    var pods: Int?
    var zone: String?
    var labels: [String: String]?
    var taints: [String]?
    var count: Int?
    var kubeletVersion: String?
}

/// A storage class the cluster provisions from.
struct StorageClassDocument: Decodable {
    var name: String
    var provisioner: String?
    var reclaimPolicy: String?
    var volumeBindingMode: String?
    var isDefault: Bool?
}

/// One node group (`cluster.nodeGroups[]`, `nodeGroup.create`): an EKS managed node group.
struct NodeGroupDocument: Decodable {
    var name: String
    var instanceType: String?
    var cpu: RawScalar?
    var memory: RawScalar?
    var pods: Int?
    var min: Int?
    var max: Int?
    var desired: Int?
    var version: String?
    var zones: [String]?
    var labels: [String: String]?
    var taints: [String]?
}
