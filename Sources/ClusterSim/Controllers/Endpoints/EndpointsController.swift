public import KubeModel

/// Keeps one `Endpoints` object per Service with a selector (pkg/controller/endpoint).
///
/// The matching pods with an IP, ready ones in `addresses`, the others in `notReadyAddresses`;
/// terminating and finished pods left out (unless `publishNotReadyAddresses`). The same sync
/// writes the Service's EndpointSlices (pkg/controller/endpointslice), from the same pods.
///
/// Cost: a pod change looks at the Services of its namespace (few) and only when a field the
/// endpoints depend on changed; each sync rebuilds one Service's endpoints from the pods it
/// selects, kept in an index (as upstream's informer cache), so it is O(selected pods).
public final class EndpointsController: Controller {
    public let name = "endpoint-controller"

    /// The pods each Service selects, maintained from watch events.
    var members: [ObjectKey: Set<ObjectKey>] = [:]
    /// The selector each indexed Service had when its members were computed.
    var selectors: [ObjectKey: [String: String]] = [:]

    public init() {}

    public func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        switch change.resource {
        case .service:
            return [change.key]
        case .endpoints where change.verb == .deleted:
            // Someone deleted the object we maintain: write it again.
            let service = ObjectKey(
                kind: Service.kind, namespace: change.key.namespace, name: change.key.name)
            return cluster.get(Service.self, service) == nil ? [] : [service]
        case .pod(let pod):
            return services(for: pod, change: change, in: cluster)
        default:
            return []
        }
    }

    public func sync(_ key: ObjectKey, in cluster: Cluster) {
        let endpointsKey = ObjectKey(kind: Endpoints.kind, namespace: key.namespace, name: key.name)
        guard let service = cluster.get(Service.self, key) else {
            members[key] = nil
            selectors[key] = nil
            if cluster.get(Endpoints.self, endpointsKey) != nil {
                try? cluster.delete(Endpoints.self, endpointsKey)
            }
            return
        }
        guard let selector = service.spec.selector, service.spec.type != .externalName else {
            return
        }
        if selectors[key] != selector { reindex(key, selector: selector, in: cluster) }
        let pods = (members[key] ?? []).sorted().compactMap { cluster.get(Pod.self, $0) }
        let subsets = Self.subsets(for: service, pods: pods)
        write(subsets, service: service, key: endpointsKey, in: cluster)
        writeSlices(for: service, pods: pods, in: cluster)
    }

    private func write(
        _ subsets: [EndpointSubset]?, service: Service, key: ObjectKey, in cluster: Cluster
    ) {
        if let existing = cluster.get(Endpoints.self, key) {
            guard
                existing.subsets != subsets
                    || existing.metadata.labels != service.metadata.labels
            else { return }
            _ = try? cluster.modify(Endpoints.self, key) { endpoints in
                endpoints.subsets = subsets
                endpoints.metadata.labels = service.metadata.labels
            }
        } else {
            var metadata = ObjectMeta(name: key.name, namespace: key.namespace)
            metadata.labels = service.metadata.labels
            _ = try? cluster.create(Endpoints(metadata: metadata, subsets: subsets))
        }
    }
}
