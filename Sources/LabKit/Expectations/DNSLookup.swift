import ClusterSim
import KubeModel

/// Cluster DNS as a pod sees it: `<service>[.<namespace>]` for Services, and
/// `<pod>.<headless-service>[.<namespace>]` for pods that set `hostname` and `subdomain`
/// (StatefulSet pods); a `.svc.cluster.local` suffix is allowed.
struct DNSLookup {
    let cluster: Cluster

    func observe(_ name: String, namespace: String) -> Observation {
        var labels = name.split(separator: ".").map(String.init)
        if let index = labels.firstIndex(of: "svc") { labels = Array(labels[..<index]) }
        switch labels.count {
        case 1:
            return service(labels[0], namespace: namespace, name: name)
        case 2:
            let asService = service(labels[0], namespace: labels[1], name: name)
            if asService.holds { return asService }
            return pod(labels[0], service: labels[1], namespace: namespace, name: name)
        case 3:
            return pod(labels[0], service: labels[1], namespace: labels[2], name: name)
        default:
            return Observation(holds: false, observed: "\(name): NXDOMAIN")
        }
    }

    private func service(_ service: String, namespace: String, name: String) -> Observation {
        let key = ObjectKey(kind: Service.kind, namespace: namespace, name: service)
        guard cluster.get(Service.self, key) != nil else {
            return Observation(holds: false, observed: "\(name): NXDOMAIN", subjects: [key])
        }
        return Observation(holds: true, observed: "\(name) → service/\(service)", subjects: [key])
    }

    private func pod(_ pod: String, service: String, namespace: String, name: String)
        -> Observation
    {
        let key = ObjectKey(kind: Pod.kind, namespace: namespace, name: pod)
        guard let headless = cluster.get(Service.self, service, namespace: namespace),
            headless.isHeadless
        else {
            return Observation(
                holds: false, observed: "\(name): NXDOMAIN (no headless service \"\(service)\")",
                subjects: [key])
        }
        guard let found = cluster.get(Pod.self, key), found.spec.subdomain == service,
            (found.spec.hostname ?? found.metadata.name) == pod
        else {
            return Observation(holds: false, observed: "\(name): NXDOMAIN", subjects: [key])
        }
        let published = headless.spec.publishNotReadyAddresses == true
        guard published || found.resource.isReady else {
            return Observation(
                holds: false, observed: "\(name): NXDOMAIN (pod \(pod) is not Ready)",
                subjects: [key])
        }
        return Observation(holds: true, observed: "\(name) → pod/\(pod)", subjects: [key])
    }
}
