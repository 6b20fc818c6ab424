import KubeModel
import LabDiagnostics

/// After a document is decoded: every key no type asked for is an unknown field.
///
/// A key that
/// belongs to a nearby map (wrong indentation) gets one diagnostic saying where it belongs,
/// instead of "unknown" here plus "missing" there.
enum UnknownFields {
    static func finish(_ session: DecodeSession, alreadyReported: Set<String>) -> [Diagnostic] {
        var diagnostics = session.diagnostics
        // The type header already reported a missing apiVersion or kind.
        var dropped = Set(
            session.missingFields.filter { ["apiVersion", "kind"].contains($0.path.description) }
                .map(\.diagnosticIndex))
        let missing = Dictionary(
            session.missingFields.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for tracker in session.trackers {
            for entry in tracker.mapping.entries where !tracker.requested.contains(entry.key) {
                if tracker.path.isRoot && alreadyReported.contains(entry.key) { continue }
                let path = tracker.path.appending(entry.key)
                var hint = tracker.known.closest(to: entry.key).map { "did you mean \"\($0)\"?" }
                if let home = home(of: entry, from: tracker, in: session.trackers) {
                    hint = movedHint(entry.key, to: home)
                    if let record = missing[home.path.appending(entry.key)] {
                        dropped.insert(record.diagnosticIndex)
                    }
                }
                diagnostics.append(
                    session.source.diagnostic(
                        .error, "unknown field \"\(session.pathPrefix + path)\"",
                        line: entry.keyNode.line, column: entry.keyNode.column,
                        fieldPath: session.pathPrefix + path, hint: hint))
            }
        }
        let kept = diagnostics.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        return kept.sortedByLocation()
    }

    /// A map near this one that takes `entry.key` and lacks it: where the key was meant to go.
    private static func home(
        of entry: YAMLMapping.Entry, from tracker: DecodeSession.MappingTracker,
        in trackers: [DecodeSession.MappingTracker]
    ) -> DecodeSession.MappingTracker? {
        let candidates = trackers.filter { other in
            other !== tracker && other.requested.contains(entry.key)
                && other.mapping.entry(entry.key) == nil
                && (other.path.hasPrefix(tracker.path.parent) || tracker.path.hasPrefix(other.path))
        }
        return candidates.min { lhs, rhs in
            abs(lhs.node.line - entry.keyNode.line) < abs(rhs.node.line - entry.keyNode.line)
        }
    }

    private static func movedHint(_ key: String, to home: DecodeSession.MappingTracker) -> String {
        let place = home.path.isRoot ? "the top level" : "\"\(home.path)\""
        let firstKey = home.mapping.entries.first
        guard let firstKey else {
            return "\"\(key)\" belongs under \(place) (line \(home.node.line)); fix its indentation"
        }
        return "\"\(key)\" belongs under \(place) (line \(home.node.line)): indent it to line up "
            + "with \"\(firstKey.key)\" in column \(firstKey.keyNode.column)"
    }
}

extension FieldPath {
    func hasPrefix(_ other: FieldPath) -> Bool {
        components.starts(with: other.components)
    }
}
