import Foundation
public import LabGit

/// What `lab reset` did.
public struct ResetOutcome: Sendable {
    public var lab: String
    /// The `save <id> before reset` commit holding the files as they were; nil when they were
    /// already committed exactly so (then HEAD before the reset holds them).
    public var saved: ObjectID?
    /// The commit that held the files just before the reset: `saved`, or HEAD then; nil when
    /// it has none under `<id>/` (the folder was deleted), so there is nothing to get back.
    public var previous: ObjectID?
    /// The `reset <id>` commit.
    public var commit: ObjectID?
}

extension Workspace {
    /// Puts lab `id`'s starter files back after committing the current ones, so nothing is
    /// lost (`git checkout <previous> -- <id>/` brings them back).
    ///
    /// Files git tracks in the folder that the starter does not have are removed; ignored
    /// files, and files too large or binary to record, are left alone.
    ///
    /// - Throws: `labNotStarted` for a lab with neither a folder nor any history: there is
    ///   nothing to reset (`lab start` begins it).
    public func reset(_ id: String) throws(ProgressError) -> ResetOutcome {
        let lab = try loadLab(id)
        try requireRealFolder(id)
        if !FileManager.default.fileExists(atPath: folder(of: id).path),
            try !events().contains(where: { $0.action != nil && $0.lab == id })
        {
            throw .labNotStarted(id)
        }
        let starter = try starterFiles(of: lab)
        return try withWriteLock("reset \(id)") { () throws(ProgressError) -> ResetOutcome in
            var outcome = ResetOutcome(lab: id)
            outcome.saved = try record(
                subject: "save \(id) before reset", lab: id, action: .save, paths: [id])
            do throws(WorkspaceError) {
                if let previous = try repository.headCommit() {
                    let keep = Set(starter.map(\.path))
                    let tracked = try repository.files(at: previous, under: id).map(\.path)
                    try repository.removeFiles(tracked.filter { !keep.contains($0) })
                    if !tracked.isEmpty { outcome.previous = previous }
                }
            } catch {
                throw .repository(error)
            }
            outcome.commit = try record(
                subject: "reset \(id)", lab: id, action: .reset, paths: [id], writing: starter,
                allowEmpty: true)
            return outcome
        }
    }
}

extension ResetOutcome {
    init(lab: String) {
        self.init(lab: lab, saved: nil, previous: nil, commit: nil)
    }
}
