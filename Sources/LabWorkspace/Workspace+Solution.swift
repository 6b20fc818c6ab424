public import Foundation
public import LabGit
import LabKit

/// What `lab solution` shows: the reference answer's files.
public struct SolutionOutcome: Sendable {
    public var lab: String
    /// By path relative to the lab's folder, sorted.
    public var files: [(path: String, contents: Data)]
    /// Shown before the lab passed (`--force`), and recorded so.
    public var isForced: Bool
    /// The `solution <id>` commit.
    public var commit: ObjectID?
}

extension Workspace {
    /// Whether lab `id` has a passing check on HEAD's history.
    public func hasPassed(_ id: String) throws(ProgressError) -> Bool {
        try events().contains { $0.lab == id && $0.isPass }
    }

    /// The reference answer of lab `id`, once it passed or with `force`; the viewing is
    /// recorded (`Lab-Forced: yes` when forced).
    ///
    /// - Throws: `solutionLocked` before a pass without `force`.
    public func solution(_ id: String, force: Bool) throws(ProgressError) -> SolutionOutcome {
        try requireLab(id)
        let passed = try hasPassed(id)
        guard passed || force else { throw .solutionLocked(id) }
        let files = try LabFolder.courseFiles(in: course.solutionDirectory(id))
            .sorted { $0.key < $1.key }.map { (path: $0.key, contents: $0.value) }
        let commit = try withWriteLock("solution \(id)") {
            () throws(ProgressError) -> ObjectID? in
            try record(
                subject: "solution \(id)", lab: id, action: .solution,
                extra: passed ? [] : [WorkspaceFormat.forcedTrailer], paths: [],
                allowEmpty: true)
        }
        return SolutionOutcome(lab: id, files: files, isForced: !passed, commit: commit)
    }
}
