import Foundation
public import LabGit
import LabKit

/// One line of `lab log`: a commit about a lab, and what it changed in the lab's files since
/// the previous one.
public struct LogEntry: Sendable {
    public var event: LabEvent
    /// The lab it concerns.
    public var lab: String
    /// The lab's files that differ from the previous entry of the same lab (for a check: what
    /// changed since the last attempt).
    public var changes: [FileChange]
}

extension Workspace {
    /// The history of lab `id` (every lab when nil), oldest first: LabKit's commits and the
    /// student's own commits that touched the lab's folder.
    public func log(_ id: String?) throws(ProgressError) -> [LogEntry] {
        if let id { try requireLab(id) }
        let labs = id.map { [$0] } ?? course.labIDs
        var entries: [LogEntry] = []
        do throws(WorkspaceError) {
            // Oldest first; git's order keeps parents before children when times are equal.
            let history = try repository.history().map(LabEvent.init).reversed()
            for lab in labs {
                entries += try log(ofLab: lab, history: Array(history))
            }
        } catch {
            throw .repository(error)
        }
        return entries.sorted { $0.event.commit.committer.time < $1.event.commit.committer.time }
    }

    /// One lab's entries, oldest first: its LabKit events, and the student's own commits that
    /// touched its folder.
    private func log(ofLab id: String, history: [LabEvent]) throws(WorkspaceError) -> [LogEntry] {
        let own = Set(try repository.history(touching: id).map(\.id))
        var entries: [LogEntry] = []
        var previous: ObjectID?
        for event in history {
            let isLabKit = event.action != nil && event.lab == id
            let isOwn = event.action == nil && own.contains(event.commit.id)
            guard isLabKit || isOwn else { continue }
            // Hints and solutions change no file.
            let changesFiles = event.action != .hint && event.action != .solution
            let changes =
                changesFiles
                ? try repository.changes(from: previous, to: event.commit.id, under: id) : []
            entries.append(LogEntry(event: event, lab: id, changes: changes))
            if changesFiles { previous = event.commit.id }
        }
        return entries
    }
}
