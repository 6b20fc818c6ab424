public import KubeModel
import OrderedCollections

/// What a node holds, as the scheduler accounts for it.
public struct NodeUsage: Sendable, Hashable {
    public var name: String
    public var allocatable: ResourceAmounts
    public var allocatablePods: Int64
    /// Sum of the requests of the pods bound or assumed on the node.
    public var requested: ResourceAmounts
    public var podCount: Int
}

extension Cluster {
    /// The registered default scheduler, if any.
    public var scheduler: Scheduler? {
        registered(Scheduler.self)
    }

    /// The pods bound to `node`, in the order they arrived there (terminal pods excluded).
    ///
    /// Answered from the scheduler's cache when a scheduler is registered, else from the store.
    public func podsOnNode(_ node: String) -> [ObjectKey] {
        if let scheduler {
            let keys = scheduler.cache.infoIncludingUnknown(node)?.pods ?? []
            return keys.filter { scheduler.cache.pods[$0]?.assumed == false }
        }
        return list(Pod.self).compactMap { pod in
            pod.spec.nodeName == node && !pod.isTerminal ? pod.storeKey : nil
        }
    }

    /// Requests against allocatable on `node`, from the scheduler's cache (nil without a
    /// scheduler or for an unknown node).
    public func nodeUsage(_ node: String) -> NodeUsage? {
        guard let info = scheduler?.cache.info(node) else { return nil }
        return NodeUsage(
            name: node, allocatable: info.allocatable, allocatablePods: info.allocatablePods,
            requested: info.requested, podCount: info.pods.count)
    }
}
