import ClusterSim

/// Events as the event recorder folds them: identical ones (same object, type, reason and
/// message) become one with a count and the times of the first and the last.
struct FoldedEvent {
    let event: ClusterEvent
    var count = 1
    var last: VirtualTime

    var first: VirtualTime { event.time }

    static func fold(_ events: some Sequence<ClusterEvent>) -> [FoldedEvent] {
        var folded: [FoldedEvent] = []
        var index: [String: Int] = [:]
        for event in events {
            let identity = "\(event.object)|\(event.type)|\(event.reason)|\(event.message)"
            if let at = index[identity] {
                folded[at].count += 1
                folded[at].last = event.time
            } else {
                index[identity] = folded.count
                folded.append(FoldedEvent(event: event, last: event.time))
            }
        }
        return folded
    }

    /// kubectl's age of a folded event: `26s (x3 over 58s)`, or `26s` for one.
    func age(now: VirtualTime) -> String {
        func since(_ time: VirtualTime) -> String {
            KubectlTable.humanDuration(seconds: Int((now - time).milliseconds / 1000))
        }
        return count > 1 ? "\(since(last)) (x\(count) over \(since(first)))" : since(first)
    }
}
