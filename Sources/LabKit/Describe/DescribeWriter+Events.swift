import ClusterSim
import Foundation
import KubeModel

/// The Events section of `kubectl describe` (describe.go `DescribeEvents`).
extension DescribeWriter {
    /// The events about `key` since `since` (events of an earlier object of the same name are
    /// not its own), folded, oldest last-seen first.
    mutating func events(about key: ObjectKey, since: VirtualTime?, in cluster: Cluster) {
        let own = cluster.events.lazy.filter { $0.object == key && $0.time >= (since ?? .zero) }
        let folded = FoldedEvent.fold(own).sorted { $0.last < $1.last }
        guard !folded.isEmpty else { return write(0, "Events:\t<none>\n") }
        flush()
        write(0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n")
        write(1, "----\t------\t----\t----\t-------\n")
        for entry in folded {
            let event = entry.event
            let message = event.message.trimmingCharacters(in: .whitespacesAndNewlines)
            write(
                1,
                "\(event.type.rawValue)\t\(event.reason)\t\(entry.age(now: cluster.now))\t"
                    + "\(event.source)\t\(message)\n")
        }
    }
}
