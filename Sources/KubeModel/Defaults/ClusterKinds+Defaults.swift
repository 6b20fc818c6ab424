extension PodDisruptionBudget {
    /// Nothing beyond the namespace: a nil `unhealthyPodEvictionPolicy` means IfHealthyBudget.
    public mutating func applyDefaults() {
        metadata.applyDefaults(namespaced: true)
    }
}

extension Ingress {
    public mutating func applyDefaults() {
        metadata.applyDefaults(namespaced: true)
    }
}

extension Node {
    /// Upstream `SetDefaults_NodeStatus`: allocatable defaults to capacity.
    public mutating func applyDefaults() {
        metadata.applyDefaults(namespaced: false)
        guard var current = status else { return }
        if current.allocatable == nil { current.allocatable = current.capacity }
        status = current
    }
}

extension Namespace {
    /// Upstream `SetDefaults_NamespaceStatus`: phase Active.
    public mutating func applyDefaults() {
        metadata.applyDefaults(namespaced: false)
        var current = status ?? NamespaceStatus()
        if current.phase == nil { current.phase = .active }
        status = current
    }
}
