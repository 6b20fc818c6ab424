public import KubeModel

/// A Kubernetes Event: what a controller or the kubelet did or could not do, in upstream's words
/// (`SuccessfulCreate`, `Scheduled`, `FailedScheduling`, `Killing`, `BackOff`, ...).
public struct ClusterEvent: Sendable, Hashable, Codable {
    public enum EventType: String, Sendable, Hashable, Codable {
        case normal = "Normal"
        case warning = "Warning"
    }

    public let time: VirtualTime
    public let type: EventType
    public let reason: String
    public let message: String
    /// The object the event is about.
    public let object: ObjectKey
    /// The component that reported it (`replicaset-controller`, `default-scheduler`, `kubelet`).
    public let source: String
}

extension Cluster {
    /// Records an event about `object`, as `kubectl get events` would list it.
    public func record(
        _ type: ClusterEvent.EventType, _ reason: String, _ message: String,
        about object: ObjectKey,
        from source: String
    ) {
        // Large benchmarks keep no history: events are what the timeline is made of.
        guard configuration.recordsTimeline, !object.isClusterMachinery else { return }
        let event = ClusterEvent(
            time: now, type: type, reason: reason, message: message, object: object, source: source)
        events.append(event)
        timeline.append(
            TimelineEntry(
                time: now, category: .event, subject: object,
                text: "\(type.rawValue)  \(reason)  \(object)  \(message)"))
    }
}
