extension Endpoints {
    /// Upstream `SetDefaults_Endpoints`: port protocol TCP.
    public mutating func applyDefaults() {
        metadata.applyDefaults(namespaced: true)
        guard var list = subsets else { return }
        for index in list.indices {
            guard var ports = list[index].ports else { continue }
            for port in ports.indices where ports[port].protocol == nil {
                ports[port].protocol = .tcp
            }
            list[index].ports = ports
        }
        subsets = list
    }
}
