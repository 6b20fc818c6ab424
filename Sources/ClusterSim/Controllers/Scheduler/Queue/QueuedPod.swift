import KubeModel

/// A pending pod in the scheduling queue (pkg/scheduler/framework/types.go `QueuedPodInfo`).
struct QueuedPod {
    enum Location {
        /// Ready to be tried, in priority then arrival order.
        case active
        /// Waiting for its back-off to expire.
        case backoff
        /// Rejected; waits for a cluster event that may help, or 5 minutes.
        case unschedulable
        /// Being scheduled, or assumed while its volumes bind.
        case inFlight
    }

    let key: ObjectKey
    var priority: Int
    /// When it last entered the queue: orders pods of equal priority.
    var timestamp: VirtualTime
    /// Arrival order, for pods with equal timestamps.
    var sequence: UInt64
    var attempts = 0
    var lastAttempt = VirtualTime.zero
    /// The plugins that rejected it last time; only events they care about move it.
    var rejectedBy = PluginSet()
    var location: Location
    /// Identifies the current heap entry: older entries of this pod are stale.
    var token: UInt64 = 0
}

/// A heap entry: the pod and the values it was ordered by when pushed.
struct QueueEntry {
    let key: ObjectKey
    let token: UInt64
    let priority: Int
    let time: VirtualTime
    let sequence: UInt64
}
