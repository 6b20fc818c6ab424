public import KubeModel

/// Reaching the eviction manager from the cluster, for scenarios and metrics.
extension Cluster {
    /// The kubelet eviction manager, when registered.
    public var evictionManager: EvictionManager? {
        registered(EvictionManager.self)
    }

    /// Makes the pod use `mebibytes` of memory (nil: back to its image's `memoryMiB`), as a
    /// scenario's stand-in for a leak or a load spike.
    public func setMemoryUsage(of pod: ObjectKey, mebibytes: Double?) {
        evictionManager?.setMemoryUsage(of: pod, mebibytes: mebibytes, in: self)
    }
}
