import ClusterSim
import KubeModel

/// `kubectl describe service` (describe.go `describeService`).
enum ServiceDescription {
    static func lines(_ service: Service, in cluster: Cluster) -> [String] {
        var w = DescribeWriter()
        let spec = service.spec
        let key = service.storeKey
        w.write(0, "Name:\t\(key.name)\n")
        w.write(0, "Namespace:\t\(key.namespace)\n")
        w.labels("Labels", service.metadata.labels)
        w.annotations("Annotations", service.metadata.annotations)
        w.write(0, "Selector:\t\(SelectorText.labels(spec.selector))\n")
        w.write(0, "Type:\t\((spec.type ?? .clusterIP).rawValue)\n")
        if let policy = spec.ipFamilyPolicy { w.write(0, "IP Family Policy:\t\(policy)\n") }
        let families = (spec.ipFamilies ?? []).joined(separator: ",")
        w.write(0, "IP Families:\t\(families.isEmpty ? "<none>" : families)\n")
        w.write(0, "IP:\t\(spec.clusterIP ?? "")\n")
        let ips = (spec.clusterIPs ?? []).joined(separator: ",")
        w.write(0, "IPs:\t\(ips.isEmpty ? "<none>" : ips)\n")
        if let external = spec.externalIPs, !external.isEmpty {
            w.write(0, "External IPs:\t\(external.joined(separator: ","))\n")
        }
        if let name = spec.externalName, !name.isEmpty { w.write(0, "External Name:\t\(name)\n") }
        let endpoints = cluster.get(Endpoints.self, key.name, namespace: key.namespace)
        for port in spec.ports ?? [] {
            let name = port.name.flatMap { $0.isEmpty ? nil : $0 } ?? "<unset>"
            let proto = (port.protocol ?? .tcp).rawValue
            w.write(0, "Port:\t\(name)\t\(port.port)/\(proto)\n")
            w.write(
                0, "TargetPort:\t\((port.targetPort ?? .int(port.port)).description)/\(proto)\n")
            if let nodePort = port.nodePort, nodePort != 0 {
                w.write(0, "NodePort:\t\(name)\t\(nodePort)/\(proto)\n")
            }
            w.write(0, "Endpoints:\t\(EndpointsText.addresses(endpoints, port: port.name ?? ""))\n")
        }
        w.write(
            0, "Session Affinity:\t\((spec.sessionAffinity ?? ServiceAffinity.none).rawValue)\n")
        if let policy = spec.externalTrafficPolicy {
            w.write(0, "External Traffic Policy:\t\(policy.rawValue)\n")
        }
        if let policy = spec.internalTrafficPolicy {
            w.write(0, "Internal Traffic Policy:\t\(policy.rawValue)\n")
        }
        w.events(about: key, since: cluster.creationTime(of: service), in: cluster)
        return w.finish()
    }
}
