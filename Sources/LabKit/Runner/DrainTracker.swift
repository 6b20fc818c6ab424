public import ClusterSim

/// The drains a scenario started: when each began and how it ended, for `wait: {drain: NODE}`,
/// `drain:` conditions and `throughout: until drain finished`.
public final class DrainTracker {
    /// One `kubectl drain`.
    public struct Record: Sendable, Hashable {
        public var node: String
        public var started: VirtualTime
        public var finished: VirtualTime?
        public var succeeded = false
        /// kubectl's error line when it failed.
        public var error: String?
    }

    public private(set) var records: [String: Record] = [:]
    /// Node names in the order their drains started.
    public private(set) var order: [String] = []

    public init() {}

    func start(_ node: String, at time: VirtualTime) {
        records[node] = Record(node: node, started: time)
        if !order.contains(node) { order.append(node) }
    }

    func finish(_ node: String, at time: VirtualTime, succeeded: Bool, error: String?) {
        records[node]?.finished = time
        records[node]?.succeeded = succeeded
        records[node]?.error = error
    }

    /// True while a drain of `node` (or of any node, when nil) has not ended.
    func running(_ node: String?) -> Bool {
        if let node { return records[node].map { $0.finished == nil } ?? false }
        return records.values.contains { $0.finished == nil }
    }
}
