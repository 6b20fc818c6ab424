public import KubeModel

/// What happened, in order: `kubectl get -w` lines for objects, events, and lines that
/// scenarios add (steps, load reports).
///
/// Reports render it; expectations query it.
public struct Timeline: Sendable {
    public private(set) var entries: [TimelineEntry] = []
    /// The last line printed per object, so an update that changes nothing visible is skipped.
    private var lastLine: [ObjectKey: String] = [:]

    public init() {}

    public mutating func append(_ entry: TimelineEntry) {
        entries.append(entry)
    }

    mutating func record(_ change: StoreChange, at time: VirtualTime, cluster: Cluster) {
        let key = change.key
        guard let line = TimelineFormatter.line(for: change, at: time, in: cluster) else { return }
        if change.verb != .deleted, lastLine[key] == line { return }
        lastLine[key] = change.verb == .deleted ? nil : line
        entries.append(TimelineEntry(time: time, category: .object, subject: key, text: line))
    }
}

public struct TimelineEntry: Sendable, Hashable, Codable {
    public enum Category: String, Sendable, Hashable, Codable {
        /// A `kubectl get -w` line for an object that changed.
        case object
        /// A Kubernetes Event.
        case event
        /// A scenario step, load report or expectation result.
        case scenario
    }

    public let time: VirtualTime
    public let category: Category
    public let subject: ObjectKey?
    public let text: String

    public init(time: VirtualTime, category: Category, subject: ObjectKey?, text: String) {
        self.time = time
        self.category = category
        self.subject = subject
        self.text = text
    }
}
