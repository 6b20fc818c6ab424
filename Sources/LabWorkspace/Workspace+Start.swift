public import Foundation
public import LabGit
public import LabKit

/// What `lab start` did.
public struct StartOutcome: Sendable {
    public var lab: Lab
    /// The lab's folder in the work tree.
    public var folder: URL
    /// The `start <id>` commit; nil when the folder already held exactly the starter files
    /// and they were committed before.
    public var commit: ObjectID?
    /// The instructions copied to `<id>/README.md`.
    public var instructions: String
}

extension Workspace {
    /// The file name the instructions get in a lab's folder.
    public static let instructionsFile = "README.md"

    /// Creates `<id>/` with the starter files and the instructions and commits it
    /// (`start <id>`).
    ///
    /// A folder that already holds the starter files (an interrupted start, or a repeated one)
    /// is completed; one holding anything else is never overwritten.
    ///
    /// - Throws: `labAlreadyStarted` when the folder has files that differ from the starter.
    public func start(_ id: String) throws(ProgressError) -> StartOutcome {
        let lab = try loadLab(id)
        try requireRealFolder(id)
        let starter = try starterFiles(of: lab)
        let existing = try LabFolder.files(in: folder(of: id))
        let starterByPath = Dictionary(uniqueKeysWithValues: starter.map { ($0.path, $0.contents) })
        for (path, data) in existing where starterByPath["\(id)/\(path)"] != data {
            throw .labAlreadyStarted(id, folder: id + "/")
        }
        let commit = try withWriteLock("start \(id)") { () throws(ProgressError) -> ObjectID? in
            try record(
                subject: "start \(id)", lab: id, action: .start, paths: [id], writing: starter)
        }
        let readme = starter.first { $0.path == "\(id)/\(Self.instructionsFile)" }?.contents
        return StartOutcome(
            lab: lab, folder: folder(of: id), commit: commit,
            instructions: String(decoding: readme ?? Data(), as: UTF8.self))
    }

    /// The files a lab begins from, as paths in the workspace: `start/` under `<id>/`, plus
    /// the instructions in the workspace's language (English when there is no translation).
    func starterFiles(of lab: Lab) throws(ProgressError) -> [WorkspaceFile] {
        var files = try LabFolder.courseFiles(in: lab.startDirectory).map { path, data in
            WorkspaceFile(path: "\(lab.id)/\(path)", contents: data)
        }
        let preferred = lab.instructionsPath(in: settings.language)
        let english = lab.instructionsPath(in: .en)
        guard
            let readme = FileManager.default.contents(atPath: preferred)
                ?? FileManager.default.contents(atPath: english)
        else { throw .courseFile(path: preferred, detail: "the instructions are missing") }
        files.append(WorkspaceFile(path: "\(lab.id)/\(Self.instructionsFile)", contents: readme))
        return files.sorted { $0.path < $1.path }
    }
}
