import KubeModel

/// The EndpointSlices of a Service (pkg/controller/endpointslice), written from the same pods
/// as its Endpoints: every pod with an IP that has not finished, terminating ones included
/// (`ready` false, `serving` as the pod's readiness, `terminating` true), one slice per set of
/// resolved ports, labelled with the Service's name and owned by it.
///
/// Upstream names a slice `<service>-<random>`; here the suffix comes from the Service's uid,
/// so the cluster's random sequence (and every pod name after it) stays as it was.
extension EndpointsController {
    static let managedBy = "endpointslice-controller.k8s.io"

    func writeSlices(for service: Service, pods: [Pod], in cluster: Cluster) {
        let key = service.storeKey
        let existing = cluster.list(EndpointSlice.self, namespace: key.namespace) { slice in
            slice.metadata.labels?[EndpointSlice.serviceNameLabel] == key.name
                && slice.metadata.labels?["endpointslice.kubernetes.io/managed-by"]
                    == Self.managedBy
        }
        var wanted = Self.slices(for: service, pods: pods, in: cluster)
        for slice in existing {
            guard let index = wanted.firstIndex(where: { $0.metadata.name == slice.metadata.name })
            else {
                // A set of ports no pod has any longer. Already gone: nothing to remove.
                try? cluster.delete(EndpointSlice.self, slice.storeKey)
                continue
            }
            let fresh = wanted.remove(at: index)
            guard
                fresh.endpoints != slice.endpoints || fresh.ports != slice.ports
                    || fresh.metadata.labels != slice.metadata.labels
            else { continue }
            // The slice was read just now in this single-threaded store: it is there to update.
            _ = try? cluster.modify(EndpointSlice.self, slice.storeKey) { stored in
                stored.endpoints = fresh.endpoints
                stored.ports = fresh.ports
                stored.metadata.labels = fresh.metadata.labels
            }
        }
        for slice in wanted {
            // A name taken by a slice this controller does not manage is left alone.
            _ = try? cluster.create(slice)
        }
    }

    /// The slices a Service should have: its pods grouped by resolved ports (a placeholder
    /// without endpoints when none has an address).
    static func slices(for service: Service, pods: [Pod], in cluster: Cluster) -> [EndpointSlice] {
        var groups: [[EndpointSlicePort]: [SliceEndpoint]] = [:]
        var order: [[EndpointSlicePort]] = []
        for pod in pods {
            guard let ip = pod.status?.podIP, !ip.isEmpty, !pod.isTerminal else { continue }
            let ports = slicePorts(service, pod)
            if groups[ports] == nil { order.append(ports) }
            groups[ports, default: []].append(endpoint(pod, ip: ip, service: service, in: cluster))
        }
        if order.isEmpty { order = [[]] }
        return order.enumerated().map { index, ports in
            var metadata = ObjectMeta(
                name: sliceName(service, index: index), namespace: service.storeKey.namespace)
            var labels = service.metadata.labels ?? [:]
            labels[EndpointSlice.serviceNameLabel] = service.metadata.name
            labels["endpointslice.kubernetes.io/managed-by"] = managedBy
            metadata.labels = labels
            metadata.ownerReferences = [
                OwnerReference(
                    apiVersion: "v1", kind: Service.kind, name: service.metadata.name ?? "",
                    uid: service.metadata.uid ?? "", controller: true, blockOwnerDeletion: true)
            ]
            let endpoints = groups[ports] ?? []
            return EndpointSlice(
                metadata: metadata, endpoints: endpoints.isEmpty ? nil : endpoints,
                ports: ports.isEmpty ? nil : ports)
        }
    }

    /// endpointslice/utils.go podToEndpoint.
    private static func endpoint(_ pod: Pod, ip: String, service: Service, in cluster: Cluster)
        -> SliceEndpoint
    {
        let publishNotReady = service.spec.publishNotReadyAddresses ?? false
        let serving = pod.isReady
        let terminating = pod.metadata.deletionTimestamp != nil
        // A terminating pod is never `ready`, unless the Service publishes not-ready addresses.
        let ready = publishNotReady || (serving && !terminating)
        var endpoint = SliceEndpoint(
            addresses: [ip],
            conditions: EndpointConditions(ready: ready, serving: serving, terminating: terminating)
        )
        var reference = ObjectReference(
            kind: Pod.kind, namespace: pod.storeKey.namespace, name: pod.metadata.name)
        reference.uid = pod.metadata.uid
        endpoint.targetRef = reference
        endpoint.nodeName = pod.spec.nodeName
        if let node = pod.spec.nodeName {
            endpoint.zone =
                cluster.read(Node.self, cluster.key(Node.self, node)) {
                    $0.metadata.labels?["topology.kubernetes.io/zone"]
                } ?? nil
        }
        if pod.spec.subdomain == service.metadata.name { endpoint.hostname = pod.spec.hostname }
        return endpoint
    }

    /// The Service's ports resolved against the pod (a named port it lacks is left out).
    private static func slicePorts(_ service: Service, _ pod: Pod) -> [EndpointSlicePort] {
        (service.spec.ports ?? []).compactMap { servicePort in
            guard let number = targetPort(servicePort, on: pod) else { return nil }
            var port = EndpointSlicePort(
                name: servicePort.name ?? "", port: number, protocol: servicePort.protocol ?? .tcp)
            port.appProtocol = servicePort.appProtocol
            return port
        }
    }

    /// `<service>-` and five characters from the Service's uid and the slice's place.
    private static func sliceName(_ service: Service, index: Int) -> String {
        var hash = FNV1a64()
        hash.write("\(service.metadata.uid ?? "") \(index)".utf8)
        let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")
        var value = hash.value
        var suffix = ""
        for _ in 0..<5 {
            suffix.append(alphabet[Int(value % UInt64(alphabet.count))])
            value /= UInt64(alphabet.count)
        }
        return "\(service.metadata.name ?? "")-\(suffix)"
    }
}
