public import Foundation
import LabGit
public import LabKit

/// How `lab init` (or `lab start` outside a workspace) came by its workspace.
public enum WorkspaceOrigin: Sendable, Hashable {
    /// A new git repository was created.
    case created
    /// An existing git repository was made a workspace; its history is kept.
    case adopted
    /// It already was a workspace; nothing changed.
    case existing
}

extension Workspace {
    /// The folder `lab start` creates a workspace in when the current directory has files of
    /// its own: a workspace must not swallow a home directory.
    public static let defaultFolderName = "lab-workspace"

    /// Makes `directory` a workspace (`lab init DIR`): creates the repository (branch `main`)
    /// and commits `.lab/workspace.json`; a repository whose root is `directory` is adopted,
    /// and an existing workspace is returned as it is.
    public static func initialize(
        at directory: URL, course: Course, settings: WorkspaceSettings
    ) throws(ProgressError) -> (Workspace, WorkspaceOrigin) {
        if let found = try? discover(from: directory, course: course, settings: settings),
            canonical(found.root) == canonical(directory)
        {
            return (found, .existing)
        }
        let repository: Repository
        let origin: WorkspaceOrigin
        do throws(WorkspaceError) {
            if let existing = try? Repository.open(at: directory), existing.workTree != nil {
                repository = existing
                origin = .adopted
            } else {
                removeIncompleteRepository(at: directory)
                repository = try Repository.create(at: directory, initialBranch: "main")
                origin = .created
            }
        } catch {
            throw .repository(error)
        }
        guard let root = repository.workTree else {
            throw .repository(.bareRepository(path: repository.gitDirectory.path))
        }
        let workspace = Workspace(
            repository: repository, root: root, course: course, settings: settings)
        try workspace.withWriteLock("init") {
            () throws(ProgressError) in
            let manifest = WorkspaceManifest(
                course: course.version, labkit: settings.labkitVersion)
            try workspace.record(
                subject: "init LabKit workspace", lab: nil, action: .initialize, paths: [],
                writing: [WorkspaceFile(path: WorkspaceManifest.path, contents: manifest.encoded())]
            )
        }
        return (workspace, origin)
    }

    /// The workspace `lab start` works in from `directory`: the one containing it; else a
    /// repository with no commits yet, adopted; else a new one, in `directory` when it is
    /// empty and in `directory/lab-workspace` when it is not.
    ///
    /// - Throws: `notAWorkspace` inside a git repository with commits that is not a workspace.
    public static func openOrCreate(
        from directory: URL, course: Course, settings: WorkspaceSettings
    ) throws(ProgressError) -> (Workspace, WorkspaceOrigin) {
        do throws(ProgressError) {
            return (try discover(from: directory, course: course, settings: settings), .existing)
        } catch {
            switch error {
            case .notInWorkspace:
                return try initialize(
                    at: newWorkspaceLocation(in: directory), course: course, settings: settings)
            case .notAWorkspace(let root):
                let empty =
                    (try? Repository.open(at: URL(fileURLWithPath: root)))
                    .flatMap { try? $0.headCommit() } == nil
                guard empty else { throw error }
                return try initialize(
                    at: URL(fileURLWithPath: root), course: course, settings: settings)
            default:
                throw error
            }
        }
    }

    /// A `.git` that git cannot open and that names no branch or tag is what a creation killed
    /// half-way leaves (perhaps with a stale `config.lock` that would stop the next one): it
    /// holds nothing reachable, so it is removed and the repository created afresh.
    static func removeIncompleteRepository(at directory: URL) {
        let files = FileManager.default
        func isFile(_ url: URL) -> Bool {
            var isDirectory: ObjCBool = false
            return files.fileExists(atPath: url.path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }
        let git = directory.appendingPathComponent(".git", isDirectory: true)
        let refs = git.appendingPathComponent("refs", isDirectory: true)
        guard files.fileExists(atPath: git.path), !isFile(git),
            (try? Repository.open(at: directory)) == nil,
            !isFile(git.appendingPathComponent("packed-refs")),
            !(files.subpaths(atPath: refs.path) ?? []).contains(where: {
                isFile(refs.appendingPathComponent($0))
            })
        else { return }
        try? files.removeItem(at: git)
        for name in (try? files.contentsOfDirectory(atPath: directory.path)) ?? []
        where isLibgit2Probe(name) {
            try? files.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    /// `_git2_XXXXXX`: the file libgit2 creates for a moment in the work tree while creating a
    /// repository, to test what the file system supports; a creation killed then leaves it.
    static func isLibgit2Probe(_ name: String) -> Bool {
        name.hasPrefix("_git2_")
    }

    /// `directory` when it has no visible files, else `directory/lab-workspace`.
    ///
    /// A `.git` there that git cannot open (a creation killed half-way) does not count, nor
    /// does the probe file libgit2 leaves when killed then: the repository is created there
    /// again (`removeIncompleteRepository`).
    static func newWorkspaceLocation(in directory: URL) -> URL {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let visible = entries.filter { !$0.hasPrefix(".") && !isLibgit2Probe($0) }
        if visible.isEmpty { return directory }
        return directory.appendingPathComponent(defaultFolderName, isDirectory: true)
    }
}
