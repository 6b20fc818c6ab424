public import KubeModel

/// How a simulated cluster starts: its nodes, storage classes, versions and random seed.
public struct ClusterConfiguration: Sendable {
    public var seed: UInt64
    /// The control plane's Kubernetes version (`1.29`); kubelets may not be newer.
    public var controlPlaneVersion: String
    public var nodes: [Node]
    public var storageClasses: [StorageClass]
    /// Keep the history: a `kubectl get -w` line for every change and every Event (switch off
    /// for large benchmarks, where nothing reads it).
    public var recordsTimeline: Bool
    /// Feature gates set explicitly (`HPAConfigurableTolerance: true`); the others take
    /// upstream's default for the control plane's version (`FeatureGate`).
    public var featureGates: [String: Bool]

    public init(
        seed: UInt64 = 1,
        controlPlaneVersion: String = "1.29",
        nodes: [Node] = [],
        storageClasses: [StorageClass] = [],
        recordsTimeline: Bool = true,
        featureGates: [String: Bool] = [:]
    ) {
        self.seed = seed
        self.controlPlaneVersion = controlPlaneVersion
        self.nodes = nodes
        self.storageClasses = storageClasses
        self.recordsTimeline = recordsTimeline
        self.featureGates = featureGates
    }
}
