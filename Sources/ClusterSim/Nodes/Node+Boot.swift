public import KubeModel

extension Node {
    /// The condition a healthy kubelet reports (`KubeletReady`).
    public static let readyCondition = Condition(
        type: "Ready", status: "True", reason: "KubeletReady",
        message: "kubelet is posting ready status", lastTransitionTime: VirtualTime.zero.timestamp)

    /// The node as its kubelet would register it: the well-known labels, a Ready condition,
    /// `pods` capacity 110 and allocatable equal to capacity unless given, a kubelet version.
    ///
    /// What is already set is kept, so a configured node can override any of it.
    public func registered(defaultKubeletVersion: String) -> Node {
        var node = self
        let name = metadata.name ?? ""
        var labels = metadata.labels ?? [:]
        if labels[WellKnownLabels.hostname] == nil { labels[WellKnownLabels.hostname] = name }
        if labels[WellKnownLabels.operatingSystem] == nil {
            labels[WellKnownLabels.operatingSystem] = "linux"
        }
        node.metadata.labels = labels
        var status = status ?? NodeStatus()
        var capacity = status.capacity ?? [:]
        if capacity["pods"] == nil { capacity["pods"] = Quantity(units: 110) }
        status.capacity = capacity
        if status.allocatable == nil { status.allocatable = capacity }
        if status.conditions?.contains(where: { $0.type == "Ready" }) != true {
            status.conditions = (status.conditions ?? []) + [Self.readyCondition]
        }
        var info = status.nodeInfo ?? NodeSystemInfo()
        if info.kubeletVersion == nil { info.kubeletVersion = defaultKubeletVersion }
        if info.operatingSystem == nil { info.operatingSystem = "linux" }
        status.nodeInfo = info
        node.status = status
        return node
    }
}
