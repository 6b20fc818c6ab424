public import KubeModel

/// Reading a node's size the way the scheduler does (pkg/scheduler/framework/types.go
/// `NodeInfo.Allocatable`): cpu in millicores, memory in bytes, pods as a count.
extension Node {
    /// `status.allocatable.cpu` in millicores (0 when absent).
    public var allocatableMilliCPU: Int64 { status?.allocatable?["cpu"]?.milliValue ?? 0 }

    /// `status.allocatable.memory` in bytes (0 when absent).
    public var allocatableMemory: Int64 { status?.allocatable?["memory"]?.value ?? 0 }

    /// `status.allocatable.pods` (0 when absent: no pod fits, as upstream).
    public var allocatablePods: Int64 { status?.allocatable?["pods"]?.value ?? 0 }

    /// Whether the Ready condition is True.
    public var isReady: Bool {
        status?.conditions?.first { $0.type == "Ready" }?.status == "True"
    }

    /// `topology.kubernetes.io/zone`, if labelled.
    public var zone: String? { metadata.labels?[WellKnownLabels.zone] }
}
