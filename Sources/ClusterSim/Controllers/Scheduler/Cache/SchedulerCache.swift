import KubeModel
import OrderedCollections

/// The scheduler's view of the cluster (pkg/scheduler/internal/cache): node infos with the
/// requests of their pods, kept up to date incrementally from store changes, and upstream's
/// node tree order (nodes interleaved zone by zone) for sampling large clusters.
final class SchedulerCache {
    private var infos: [String: NodeInfo] = [:]
    private(set) var pods: [ObjectKey: CachedPod] = [:]
    /// Pods with pod (anti-)affinity terms, oldest first: InterPodAffinity checks them.
    private(set) var podsWithAffinity = OrderedSet<ObjectKey>()
    /// Node names per zone, zones in order of first appearance (upstream `nodeTree`).
    private var zones = OrderedDictionary<String, [String]>()
    private var orderedCache: [NodeInfo]?

    /// Nodes that exist, interleaved across zones as upstream's `nodeTree.list()`.
    var nodeList: [NodeInfo] {
        if let orderedCache { return orderedCache }
        var list: [NodeInfo] = []
        var index = 0
        var remaining = true
        while remaining {
            remaining = false
            for names in zones.values where index < names.count {
                remaining = true
                if let info = infos[names[index]] { list.append(info) }
            }
            index += 1
        }
        orderedCache = list
        return list
    }

    func info(_ name: String) -> NodeInfo? {
        infos[name].flatMap { $0.node == nil ? nil : $0 }
    }

    func infoIncludingUnknown(_ name: String) -> NodeInfo? { infos[name] }

    // MARK: nodes

    func upsertNode(_ node: Node) {
        let name = node.metadata.name ?? ""
        let info = infos[name] ?? NodeInfo(name: name)
        infos[name] = info
        let oldZone = info.node == nil ? nil : info.zoneKey
        info.setNode(node)
        if oldZone != info.zoneKey {
            if let oldZone { zones[oldZone]?.removeAll { $0 == name } }
            zones[info.zoneKey, default: []].append(name)
            orderedCache = nil
        }
    }

    func removeNode(_ name: String) {
        guard let info = infos[name], info.node != nil else { return }
        zones[info.zoneKey]?.removeAll { $0 == name }
        if zones[info.zoneKey]?.isEmpty == true { zones.removeValue(forKey: info.zoneKey) }
        orderedCache = nil
        info.setNode(nil)
        if info.pods.isEmpty { infos[name] = nil }
    }

    // MARK: pods

    /// Adds or refreshes a pod on `nodeName`.
    func upsertPod(_ pod: Pod, nodeName: String, assumed: Bool) {
        let key = pod.storeKey
        if var cached = pods[key], cached.nodeName == nodeName {
            cached.labels = pod.metadata.labels ?? [:]
            cached.terminating = pod.metadata.deletionTimestamp != nil
            cached.assumed = assumed
            pods[key] = cached
            return
        }
        removePod(key)
        let cached = CachedPod(pod, nodeName: nodeName, assumed: assumed)
        pods[key] = cached
        let info = infos[nodeName] ?? NodeInfo(name: nodeName)
        infos[nodeName] = info
        info.add(cached)
        if cached.hasPodAffinityTerms { podsWithAffinity.append(key) }
    }

    /// Forgets a pod; returns it if it was cached.
    @discardableResult
    func removePod(_ key: ObjectKey) -> CachedPod? {
        guard let cached = pods.removeValue(forKey: key) else { return nil }
        if let info = infos[cached.nodeName] {
            info.remove(cached)
            if info.node == nil, info.pods.isEmpty { infos[cached.nodeName] = nil }
        }
        if cached.hasPodAffinityTerms { podsWithAffinity.remove(key) }
        return cached
    }
}
