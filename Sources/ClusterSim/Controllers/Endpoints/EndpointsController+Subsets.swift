import KubeModel

/// Building the subsets (pkg/controller/endpoint/endpoints_controller.go `syncService`, then
/// `endpoints.RepackSubsets`): pods grouped by their resolved ports, addresses sorted by IP.
extension EndpointsController {
    static func subsets(for service: Service, pods: [Pod]) -> [EndpointSubset]? {
        let publishNotReady = service.spec.publishNotReadyAddresses ?? false
        var groups: [[EndpointPort]: (ready: [EndpointAddress], notReady: [EndpointAddress])] = [:]
        var order: [[EndpointPort]] = []
        for pod in pods {
            guard let ip = pod.status?.podIP, !ip.isEmpty else { continue }
            if !publishNotReady, pod.metadata.deletionTimestamp != nil { continue }
            if pod.isTerminal { continue }
            let ports = endpointPorts(service, pod)
            guard !ports.isEmpty || (service.spec.ports ?? []).isEmpty else { continue }
            let address = address(pod, ip: ip, service: service)
            if groups[ports] == nil { order.append(ports) }
            let ready =
                pod.status?.conditions?.contains {
                    $0.type == "Ready" && $0.status == "True"
                } ?? false
            if ready || publishNotReady {
                groups[ports, default: ([], [])].ready.append(address)
            } else {
                groups[ports, default: ([], [])].notReady.append(address)
            }
        }
        let subsets = order.compactMap { ports -> EndpointSubset? in
            guard let group = groups[ports] else { return nil }
            return EndpointSubset(
                addresses: group.ready.isEmpty ? nil : sortedByIP(group.ready),
                notReadyAddresses: group.notReady.isEmpty ? nil : sortedByIP(group.notReady),
                ports: ports.isEmpty ? nil : ports)
        }
        return subsets.isEmpty ? nil : subsets
    }

    /// upstream `podutil.FindPort`: a Service port's target on `pod`, a name looked up among
    /// its containers' ports; nil for a name the pod does not have.
    static func targetPort(_ servicePort: ServicePort, on pod: Pod) -> Int? {
        switch servicePort.targetPort ?? .int(servicePort.port) {
        case .int(let value):
            value
        case .string(let name):
            pod.spec.containers.lazy.compactMap { container in
                container.ports?.first { $0.name == name }?.containerPort
            }.first
        }
    }

    /// Service ports resolved against the pod's containers; a named target port the pod does not
    /// have is left out.
    private static func endpointPorts(_ service: Service, _ pod: Pod) -> [EndpointPort] {
        (service.spec.ports ?? []).compactMap { servicePort in
            guard let number = targetPort(servicePort, on: pod) else { return nil }
            var port = EndpointPort(
                name: servicePort.name, port: number, protocol: servicePort.protocol ?? .tcp)
            port.appProtocol = servicePort.appProtocol
            return port
        }
    }

    private static func address(_ pod: Pod, ip: String, service: Service) -> EndpointAddress {
        var reference = ObjectReference(
            kind: Pod.kind, namespace: pod.storeKey.namespace, name: pod.metadata.name)
        reference.uid = pod.metadata.uid
        // A StatefulSet pod under its headless Service gets a DNS name.
        let hostname = pod.spec.subdomain == service.metadata.name ? pod.spec.hostname : nil
        return EndpointAddress(
            ip: ip, hostname: hostname, nodeName: pod.spec.nodeName, targetRef: reference)
    }

    /// The addresses in numeric IP order (ties, and anything that is not a dotted number, by
    /// the text); each IP is parsed once rather than at every comparison of the sort.
    private static func sortedByIP(_ addresses: [EndpointAddress]) -> [EndpointAddress] {
        let keyed = addresses.map { address in
            (numbers: address.ip.split(separator: ".").compactMap { Int($0) }, address: address)
        }
        return keyed.sorted { lhs, rhs in
            lhs.numbers != rhs.numbers
                ? lhs.numbers.lexicographicallyPrecedes(rhs.numbers)
                : lhs.address.ip < rhs.address.ip
        }.map(\.address)
    }
}
