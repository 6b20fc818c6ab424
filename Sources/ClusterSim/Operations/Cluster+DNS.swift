public import KubeModel

/// Cluster DNS as a pod sees it (CoreDNS's kubernetes plugin,
/// https://github.com/kubernetes/dns/blob/master/docs/specification.md): a Service name gives
/// its ClusterIP, a headless Service gives its ready pods, and `<hostname>.<service>` gives the
/// pod whose `hostname` and `subdomain` name it.
extension Cluster {
    public static let clusterDomain = "cluster.local"

    /// `web-0.nginx.default.svc.cluster.local` for a pod with `hostname` and `subdomain`, when
    /// a headless Service of that name in its namespace selects it; else nil.
    public func dnsName(ofPod name: String, namespace: String = "default") -> String? {
        guard let pod = get(Pod.self, name, namespace: namespace),
            let hostname = pod.spec.hostname, !hostname.isEmpty,
            let subdomain = pod.spec.subdomain, !subdomain.isEmpty,
            let service = get(Service.self, subdomain, namespace: namespace), service.isHeadless,
            Self.selects(service, pod)
        else { return nil }
        return "\(hostname).\(subdomain).\(namespace).svc.\(Self.clusterDomain)"
    }

    /// What a lookup of `name` from a pod in `namespace` answers, as `nslookup` would: the
    /// Service for a ClusterIP Service, the ready pods for a headless one, the pod for
    /// `<hostname>.<service>`; empty when the name does not exist (NXDOMAIN).
    ///
    /// Short names are tried in the pod's search path: `<name>.<namespace>.svc.cluster.local`,
    /// then `<name>.svc.cluster.local`.
    public func resolve(_ name: String, namespace: String = "default") -> [ObjectKey] {
        var text = name.lowercased()
        if text.hasSuffix(".") { text.removeLast() }
        let suffix = ".svc." + Self.clusterDomain
        if text.hasSuffix(suffix) {
            return resolveInZone(text.dropLast(suffix.count).split(separator: ".").map(String.init))
        }
        let labels = text.split(separator: ".").map(String.init)
        for candidate in [labels + [namespace], labels] {
            let answer = resolveInZone(candidate)
            if !answer.isEmpty { return answer }
        }
        return []
    }

    /// Labels left of `svc.cluster.local`: `[service, namespace]` or
    /// `[hostname, service, namespace]`.
    private func resolveInZone(_ labels: [String]) -> [ObjectKey] {
        switch labels.count {
        case 2:
            guard let service = get(Service.self, labels[0], namespace: labels[1]) else {
                return []
            }
            return service.isHeadless ? readyPods(of: service).map(\.storeKey) : [service.storeKey]
        case 3:
            guard let service = get(Service.self, labels[1], namespace: labels[2]),
                service.isHeadless
            else { return [] }
            return readyPods(of: service).filter {
                $0.spec.hostname == labels[0] && $0.spec.subdomain == labels[1]
            }.map(\.storeKey)
        default:
            return []
        }
    }

    /// The pods a headless Service publishes: selected, Ready (or all with
    /// `publishNotReadyAddresses`), not terminating, oldest first.
    private func readyPods(of service: Service) -> [Pod] {
        guard let selector = service.spec.selector, !selector.isEmpty else { return [] }
        let publishNotReady = service.spec.publishNotReadyAddresses == true
        return list(
            Pod.self, namespace: service.storeKey.namespace,
            selector: LabelSelector(matchLabels: selector)
        ).filter { pod in
            pod.metadata.deletionTimestamp == nil
                && (publishNotReady || pod.isReady)
        }
    }

    private static func selects(_ service: Service, _ pod: Pod) -> Bool {
        guard let selector = service.spec.selector, !selector.isEmpty else { return false }
        return LabelSelector(matchLabels: selector).matches(pod.metadata.labels ?? [:])
    }
}
