extension Service {
    /// Upstream `SetDefaults_Service`.
    public mutating func applyDefaults() {
        metadata.applyDefaults(namespaced: true)
        var spec = self.spec
        if spec.sessionAffinity == nil { spec.sessionAffinity = ServiceAffinity.none }
        if spec.type == nil { spec.type = .clusterIP }
        if var ports = spec.ports {
            for index in ports.indices {
                if ports[index].protocol == nil { ports[index].protocol = .tcp }
                // An unset (or zero) targetPort means the same number as `port`.
                if ports[index].targetPort == nil || ports[index].targetPort == .int(0) {
                    ports[index].targetPort = .int(ports[index].port)
                }
            }
            spec.ports = ports
        }
        if spec.type == .nodePort || spec.type == .loadBalancer {
            if spec.externalTrafficPolicy == nil { spec.externalTrafficPolicy = .cluster }
        }
        if spec.type != .externalName, spec.internalTrafficPolicy == nil {
            spec.internalTrafficPolicy = .cluster
        }
        if spec.type == .loadBalancer, spec.allocateLoadBalancerNodePorts == nil {
            spec.allocateLoadBalancerNodePorts = true
        }
        self.spec = spec
    }
}
