import KubeModel

/// Which Services select which pods, updated from pod and Service changes.
extension EndpointsController {
    /// The Services to resync after a pod change; nothing when no field the endpoints read
    /// (labels, IP, readiness, deletion, node, phase) changed.
    func services(for pod: Pod, change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        if change.verb == .modified, case .pod(let old)? = change.old,
            Self.projection(old) == Self.projection(pod)
        {
            return []
        }
        let labels = pod.metadata.labels ?? [:]
        var keys: [ObjectKey] = []
        // The namespace's Services in creation order, read in place.
        cluster.forEach(Service.self, namespace: change.key.namespace) { service in
            let key = service.storeKey
            guard let selector = selectors[key] else { return }
            let wasMember = members[key]?.contains(change.key) ?? false
            let isMember = change.verb != .deleted && Self.selects(selector, labels)
            if isMember {
                members[key, default: []].insert(change.key)
            } else {
                members[key]?.remove(change.key)
            }
            if wasMember || isMember { keys.append(key) }
        }
        return keys
    }

    /// Recomputes a Service's members by scanning its namespace (on a selector change).
    func reindex(_ key: ObjectKey, selector: [String: String], in cluster: Cluster) {
        selectors[key] = selector
        let pods = cluster.list(Pod.self, namespace: key.namespace)
        members[key] = Set(
            pods.filter { Self.selects(selector, $0.metadata.labels ?? [:]) }.map(\.storeKey))
    }

    /// A Service selector matches labels that have every key with the same value (an empty
    /// selector selects nothing for Endpoints, as upstream's `SelectorFromValidatedSet` of `{}`
    /// would select everything but the controller skips selector-less Services).
    static func selects(_ selector: [String: String], _ labels: [String: String]) -> Bool {
        !selector.isEmpty && selector.allSatisfy { labels[$0.key] == $0.value }
    }

    private struct Projection: Equatable {
        var labels: [String: String]?
        var ip: String?
        var ready: String?
        var deleting: Bool
        var node: String?
        var phase: PodPhase?
        var hostname: String?
        var subdomain: String?
    }

    private static func projection(_ pod: Pod) -> Projection {
        Projection(
            labels: pod.metadata.labels, ip: pod.status?.podIP,
            ready: pod.status?.conditions?.first { $0.type == "Ready" }?.status,
            deleting: pod.metadata.deletionTimestamp != nil, node: pod.spec.nodeName,
            phase: pod.status?.phase, hostname: pod.spec.hostname, subdomain: pod.spec.subdomain)
    }
}
