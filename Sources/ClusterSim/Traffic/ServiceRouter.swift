public import KubeModel

/// Routes one request as a pod inside the cluster would see it: DNS finds the Service,
/// kube-proxy (iptables mode) picks one ready endpoint at random, and the application in that
/// pod accepts the connection or refuses it.
public struct ServiceRouter {
    public init() {}

    /// The outcome of one request to `target`, choosing the endpoint with `random`.
    public func route(
        _ target: LoadTarget, from namespace: String, in cluster: Cluster,
        random: inout SeededRandom
    ) -> RequestOutcome {
        let serviceNamespace = target.namespace ?? namespace
        guard let service = cluster.get(Service.self, target.service, namespace: serviceNamespace)
        else {
            return .unknownHost
        }
        let backends = readyBackends(of: service, port: target.port, in: cluster)
        guard !backends.isEmpty else { return .noEndpoints }
        let chosen = backends[Int(random.next() % UInt64(backends.count))]
        guard let workload = cluster.workload else { return .answered(chosen.pod) }
        return workload.acceptsRequest(chosen.pod, port: chosen.port, in: cluster)
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
        let namespace = service.storeKey.namespace
        guard let servicePort = service.spec.ports?.first(where: { $0.port == port }) else {
            return []
        }
        if let endpoints = cluster.get(
            Endpoints.self, service.metadata.name ?? "", namespace: namespace)
        {
            return backends(in: endpoints, for: servicePort, namespace: namespace)
        }
        guard let selector = service.spec.selector, !selector.isEmpty else { return [] }
        return cluster.list(
            Pod.self, namespace: namespace, selector: LabelSelector(matchLabels: selector)
        ).filter(\.isServing).compactMap { pod in
            pod.port(for: servicePort).map { Backend(pod: pod.storeKey, port: $0) }
        }
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
