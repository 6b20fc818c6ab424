public import KubeModel

/// Routes one request as a pod inside the cluster would see it: DNS finds the Service,
/// kube-proxy (iptables mode) picks one ready endpoint at random, and the application in that
/// pod accepts the connection or refuses it.
///
/// The router keeps its last routing view (the Service's ready backends) until Services,
/// Endpoints or, for a Service without an Endpoints object, Pods change: a siege sends
/// thousands of requests between two such changes, and reading the objects for each one was
/// most of a load's cost.
public struct ServiceRouter {
    private var view: RoutingView?

    public init() {}

    /// The outcome of one request to `target`, choosing the endpoint with `random`.
    public mutating func route(
        _ target: LoadTarget, from namespace: String, in cluster: Cluster,
        random: inout SeededRandom
    ) -> RequestOutcome {
        let backends: [Backend]
        if let view, view.isCurrent(for: target, from: namespace, at: cluster.revisions) {
            guard let cached = view.backends else { return .unknownHost }
            backends = cached
        } else {
            let fresh = RoutingView(target: target, from: namespace, in: cluster, router: self)
            view = fresh
            guard let resolved = fresh.backends else { return .unknownHost }
            backends = resolved
        }
        guard !backends.isEmpty else { return .noEndpoints }
        let chosen = backends[Int(random.next() % UInt64(backends.count))]
        guard let workload = cluster.workload else { return .answered(chosen.pod) }
        return workload.acceptsRequest(
            chosen.pod, port: chosen.port, path: target.path, in: cluster)
            ? .answered(chosen.pod) : .refused(chosen.pod)
    }

    /// A pod and the port on it that a Service port forwards to.
    public struct Backend: Sendable, Hashable {
        public var pod: ObjectKey
        public var port: Int
    }

    /// The ready endpoints behind `port` of `service`, in the Endpoints object's order.
    ///
    /// When no Endpoints object exists at all (a cluster without the endpoints controller),
    /// the Service's selector is matched against Ready pods directly.
    public func readyBackends(of service: Service, port: Int, in cluster: Cluster) -> [Backend] {
        resolveBackends(of: service, port: port, in: cluster).backends
    }

    /// The ready backends, and whether they were read from pods (no Endpoints object), so
    /// that they change with any pod rather than with Endpoints.
    func resolveBackends(of service: Service, port: Int, in cluster: Cluster)
        -> (backends: [Backend], fromPods: Bool)
    {
        let namespace = service.storeKey.namespace
        guard let servicePort = service.spec.ports?.first(where: { $0.port == port }) else {
            return ([], false)
        }
        if let endpoints = cluster.get(
            Endpoints.self, service.metadata.name ?? "", namespace: namespace)
        {
            return (backends(in: endpoints, for: servicePort, namespace: namespace), false)
        }
        guard let selector = service.spec.selector, !selector.isEmpty else { return ([], false) }
        let backends = cluster.list(
            Pod.self, namespace: namespace, selector: LabelSelector(matchLabels: selector)
        ).filter(\.isServing).compactMap { pod in
            pod.port(for: servicePort).map { Backend(pod: pod.storeKey, port: $0) }
        }
        return (backends, true)
    }

    private func backends(
        in endpoints: Endpoints, for servicePort: ServicePort, namespace: String
    ) -> [Backend] {
        var result: [Backend] = []
        for subset in endpoints.subsets ?? [] {
            let ports = subset.ports ?? []
            let match =
                ports.count == 1 && servicePort.name == nil
                ? ports.first : ports.first { $0.name == servicePort.name }
            guard let match else { continue }
            for address in subset.addresses ?? [] {
                guard let name = address.targetRef?.name else { continue }
                let pod = ObjectKey(
                    kind: Pod.kind, namespace: address.targetRef?.namespace ?? namespace,
                    name: name)
                result.append(Backend(pod: pod, port: match.port))
            }
        }
        return result
    }
}

extension Pod {
    /// Ready and not terminating: what the endpoints controller lists as a ready address.
    var isServing: Bool {
        metadata.deletionTimestamp == nil
            && status?.conditions?.contains { $0.type == "Ready" && $0.status == "True" } == true
    }

    /// The container port a Service port's `targetPort` names (a number, or a port name).
    func port(for servicePort: ServicePort) -> Int? {
        switch servicePort.targetPort {
        case .int(let number)?: return number
        case .string(let name)?:
            let ports = spec.containers.flatMap { $0.ports ?? [] }
            return ports.first { $0.name == name }?.containerPort
        case nil: return servicePort.port
        }
    }
}
