/// Label, annotation and taint keys the kubelet, the node lifecycle controller and the scheduler
/// agree on (k8s.io/api/core/v1/well_known_labels.go, well_known_taints.go).
public enum WellKnownLabels {
    /// `kubernetes.io/hostname`: the node's name, the usual topology key for anti-affinity.
    public static let hostname = "kubernetes.io/hostname"
    /// `kubernetes.io/os`: `linux` on every simulated node.
    public static let operatingSystem = "kubernetes.io/os"
    /// `kubernetes.io/arch`.
    public static let architecture = "kubernetes.io/arch"
    /// `topology.kubernetes.io/zone`.
    public static let zone = "topology.kubernetes.io/zone"
    /// `topology.kubernetes.io/region`.
    public static let region = "topology.kubernetes.io/region"
    /// The deprecated zone label some volumes still carry.
    public static let legacyZone = "failure-domain.beta.kubernetes.io/zone"
    /// `node.kubernetes.io/instance-type`.
    public static let instanceType = "node.kubernetes.io/instance-type"
    /// The taint the node lifecycle controller adds to a cordoned node.
    public static let unschedulableTaint = "node.kubernetes.io/unschedulable"
    /// The annotation the scheduler sets on a WaitForFirstConsumer claim to pick its node.
    public static let selectedNodeAnnotation = "volume.kubernetes.io/selected-node"
}
