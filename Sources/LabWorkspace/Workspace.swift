public import Foundation
import LabDiagnostics
public import LabGit
public import LabKit

/// A student's LabKit workspace: a plain git repository holding one folder per started lab and
/// `.lab/` (the marker and the last result of each lab), with every step recorded as a commit.
///
/// Find one with `discover(from:course:settings:)` or make one with `initialize(at:...)`.
/// Methods return values and never print; writing ones hold the workspace lock. Like
/// `Repository`, a `Workspace` is not thread-safe.
public final class Workspace {
    public let repository: Repository
    /// The work-tree root.
    public let root: URL
    public let course: Course
    public let settings: WorkspaceSettings
    /// Labs loaded so far: `lab watch` re-checks one lab many times.
    private var loadedLabs: [String: Lab] = [:]

    init(repository: Repository, root: URL, course: Course, settings: WorkspaceSettings) {
        self.repository = repository
        self.root = root
        self.course = course
        self.settings = settings
    }

    /// The workspace containing `directory` (searching upward like git).
    ///
    /// - Throws: `notInWorkspace` outside any git repository, `notAWorkspace` inside one
    ///   without `.lab/workspace.json`, `repository` when git cannot read it.
    public static func discover(
        from directory: URL, course: Course, settings: WorkspaceSettings
    ) throws(ProgressError) -> Workspace {
        let repository: Repository
        do throws(WorkspaceError) {
            repository = try Repository.discover(from: directory)
        } catch {
            if case .notARepository = error { throw .notInWorkspace(directory: directory.path) }
            throw .repository(error)
        }
        guard let root = repository.workTree else {
            throw .repository(.bareRepository(path: repository.gitDirectory.path))
        }
        let marker = root.appendingPathComponent(WorkspaceFormat.markerPath)
        guard FileManager.default.fileExists(atPath: marker.path) else {
            throw .notAWorkspace(root: root.path)
        }
        do throws(WorkspaceError) { try repository.requireReadableIndex() } catch {
            throw .repository(error)
        }
        return Workspace(repository: repository, root: root, course: course, settings: settings)
    }

    /// Whether `directory` or a folder above it holds a workspace marker: a check of the file
    /// system only, so a command that merely shows more inside a workspace (`lab list`) does
    /// not start libgit2 (which loads the system's certificates) when it is not in one.
    public static func mayBeInside(_ directory: URL) -> Bool {
        var folder = directory.standardizedFileURL.path
        while true {
            if FileManager.default.fileExists(atPath: folder + "/" + WorkspaceFormat.markerPath) {
                return true
            }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { return false }
            folder = parent
        }
    }

    /// The folder of lab `id` in the work tree.
    public func folder(of id: String) -> URL {
        root.appendingPathComponent(id, isDirectory: true)
    }

    /// The marker as written in the work tree.
    public func manifest() throws(ProgressError) -> WorkspaceManifest {
        let path = root.appendingPathComponent(WorkspaceManifest.path).path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .badManifest(path: path, detail: "it cannot be read")
        }
        do {
            return try JSONDecoder().decode(WorkspaceManifest.self, from: data)
        } catch {
            throw .badManifest(path: path, detail: "it is not the JSON LabKit writes")
        }
    }

    /// Checks that `id` is one of the course's labs.
    public func requireLab(_ id: String) throws(ProgressError) {
        try Self.requireLab(id, in: course)
    }

    /// Checks that `id` is one of `course`'s labs, before there is a workspace.
    public static func requireLab(_ id: String, in course: Course) throws(ProgressError) {
        guard course.labIDs.contains(id) else {
            throw .unknownLab(id, suggestion: course.suggestion(for: id), labs: course.labIDs)
        }
    }

    /// Lab `id` of the course, loaded in the workspace's language.
    public func loadLab(_ id: String) throws(ProgressError) -> Lab {
        if let loaded = loadedLabs[id] { return loaded }
        try requireLab(id)
        let parse = course.lab(id, language: settings.language)
        guard let lab = parse.lab else {
            let detail = parse.diagnostics.map(\.message).joined(separator: "\n")
            throw .labDoesNotLoad(id, detail: detail)
        }
        loadedLabs[id] = lab
        return lab
    }

    /// The lab a command means when none is named: the lab folder `directory` is in, else the
    /// last lab started; nil when neither exists.
    public func inferLab(from directory: URL) throws(ProgressError) -> String? {
        if let id = labFolder(containing: directory) { return id }
        return try events().first { $0.action == .start }?.lab
    }

    /// `id` when given (checked against the course), else `inferLab(from:)`.
    public func resolveLab(_ id: String?, from directory: URL) throws(ProgressError) -> String {
        if let id {
            try requireLab(id)
            return id
        }
        guard let inferred = try inferLab(from: directory) else { throw .noLabGiven }
        return inferred
    }

    /// The id of the course lab whose folder holds `directory`, if any.
    public func labFolder(containing directory: URL) -> String? {
        let base = Self.canonical(root)
        let path = Self.canonical(directory)
        guard path.hasPrefix(base + "/") else { return nil }
        let first = path.dropFirst(base.count + 1).split(separator: "/").first.map(String.init)
        return first.flatMap { course.labIDs.contains($0) ? $0 : nil }
    }

    /// Every commit on HEAD as a LabKit event, newest first.
    public func events() throws(ProgressError) -> [LabEvent] {
        do throws(WorkspaceError) {
            return try repository.history().map(LabEvent.init)
        } catch {
            throw .repository(error)
        }
    }

    /// `path` with symbolic links resolved and no trailing slash, for comparing locations.
    static func canonical(_ url: URL) -> String {
        let path = url.standardizedFileURL.resolvingSymlinksInPath().path
        return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    /// `target` relative to `directory` when it lies inside it (`.` for itself), else absolute.
    public static func displayPath(of target: URL, from directory: URL) -> String {
        let base = canonical(directory)
        let path = canonical(target)
        if path == base { return "." }
        if path.hasPrefix(base + "/") { return String(path.dropFirst(base.count + 1)) }
        // One level up is common (`lab check` from inside another lab's folder).
        let parent = (base as NSString).deletingLastPathComponent
        if path.hasPrefix(parent + "/") { return "../" + path.dropFirst(parent.count + 1) }
        return path
    }
}
