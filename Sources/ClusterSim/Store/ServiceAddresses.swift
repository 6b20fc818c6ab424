public import KubeModel

/// The API server's Service allocators: a cluster IP from the service CIDR and a node port
/// for each port of a NodePort or LoadBalancer Service.
///
/// Upstream picks at random in the upper band of each range (the lower band is kept for
/// addresses written in manifests: ServiceIPStaticSubrange, ServiceNodePortStaticSubrange).
/// Here the pick comes from a hash of the Service's name, so runs stay byte-identical and the
/// cluster's random stream (pod names) is not disturbed; a taken address moves to the next.
struct ServiceAddresses {
    let cluster: Cluster

    /// kubeadm's and minikube's `--service-cluster-ip-range`, 10.96.0.0/12.
    static let serviceCIDRBase: UInt32 = 10 << 24 | 96 << 16
    static let serviceCIDRSize: UInt32 = 1 << 20
    /// `10.96.0.1`: the first address, the `kubernetes` Service's.
    static let apiServerClusterIP = "10.96.0.1"
    /// `--service-node-port-range`, 30000-32767.
    static let nodePorts = 30000...32767

    func assign(to service: inout Service) {
        guard service.spec.type != .externalName else { return }
        let name = "\(service.storeKey.namespace)/\(service.storeKey.name)"
        if (service.spec.clusterIP ?? "").isEmpty {
            service.spec.clusterIP = clusterIP(for: name)
        }
        if service.spec.clusterIPs == nil, let ip = service.spec.clusterIP {
            service.spec.clusterIPs = [ip]
        }
        // A single-stack IPv4 cluster, as the API server records it (IPFamilyPolicy defaulting).
        if service.spec.ipFamilyPolicy == nil { service.spec.ipFamilyPolicy = "SingleStack" }
        if service.spec.ipFamilies == nil { service.spec.ipFamilies = ["IPv4"] }
        let needsNodePorts =
            service.spec.type == .nodePort
            || (service.spec.type == .loadBalancer
                && service.spec.allocateLoadBalancerNodePorts != false)
        guard needsNodePorts, var ports = service.spec.ports else { return }
        var taken = usedNodePorts()
        for index in ports.indices where ports[index].nodePort == nil {
            let port = nodePort(for: "\(name)/\(ports[index].port)", avoiding: taken)
            ports[index].nodePort = port
            taken.insert(port)
        }
        service.spec.ports = ports
    }

    private func clusterIP(for name: String) -> String {
        let size = Self.serviceCIDRSize
        // The static band: min(max(16, size/16), 256) addresses above the network address.
        let staticBand = min(max(16, size / 16), 256)
        let dynamic = size - staticBand - 1  // the broadcast address is not used either
        let taken = usedClusterIPs()
        var offset = UInt32(Self.hash(name) % UInt64(dynamic))
        while taken.contains(Self.address(Self.serviceCIDRBase + staticBand + offset)) {
            offset = (offset + 1) % dynamic
        }
        return Self.address(Self.serviceCIDRBase + staticBand + offset)
    }

    private func nodePort(for text: String, avoiding taken: Set<Int>) -> Int {
        let size = Self.nodePorts.count
        let staticBand = min(max(16, size / 32), 128)
        let dynamic = size - staticBand
        var offset = Int(Self.hash(text) % UInt64(dynamic))
        while taken.contains(Self.nodePorts.lowerBound + staticBand + offset) {
            offset = (offset + 1) % dynamic
        }
        return Self.nodePorts.lowerBound + staticBand + offset
    }

    private func usedClusterIPs() -> Set<String> {
        var used: Set<String> = [Self.apiServerClusterIP]
        cluster.forEach(Service.self) { service in
            if let ip = service.spec.clusterIP { used.insert(ip) }
        }
        return used
    }

    private func usedNodePorts() -> Set<Int> {
        var used: Set<Int> = []
        cluster.forEach(Service.self) { service in
            for port in service.spec.ports ?? [] {
                if let nodePort = port.nodePort { used.insert(nodePort) }
            }
        }
        return used
    }

    private static func hash(_ text: String) -> UInt64 {
        var hash = FNV1a64()
        hash.write(text.utf8)
        return hash.value
    }

    private static func address(_ value: UInt32) -> String {
        "\(value >> 24).\(value >> 16 & 255).\(value >> 8 & 255).\(value & 255)"
    }
}
