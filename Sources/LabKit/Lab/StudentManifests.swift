import Foundation
public import KubeYAML
import LabDiagnostics

/// A student's manifests, each file parsed once: the lab folder linted as `lab lint DIR`
/// does, and what each `apply:` of a student path gets, taken from the same parse.
public struct StudentManifests: Sendable {
    public let files: StudentFiles
    /// The lab folder linted: its manifests in name order, cross-object checks over all.
    public let folder: ManifestSet
    /// Each manifest directly in the lab folder, parsed, before cross-object checks.
    private let parsed: [String: ManifestSet]
    private let loader: ManifestLoader

    public init(_ files: StudentFiles, loader: ManifestLoader = ManifestLoader()) {
        self.files = files
        self.loader = loader
        var parsed: [String: ManifestSet] = [:]
        for path in files.manifestPaths(in: "") {
            parsed[path] = Self.load(path, of: files, loader: loader)
        }
        self.parsed = parsed
        folder = Self.folderSet(files.manifestPaths(in: ""), parsed, files: files)
    }

    /// What `apply` of `path` gets: the objects of a student file, or of the manifests of a
    /// student folder (`.` for the lab folder), with their problems; nil when `path` names
    /// none of the student's files (a fixture beside the lab, say).
    func set(for path: String) -> (set: ManifestSet, isFolder: Bool)? {
        guard !path.hasPrefix("/") else { return nil }
        var relative = path
        while relative.hasPrefix("./") { relative.removeFirst(2) }
        while relative.hasSuffix("/") { relative.removeLast() }
        if relative.isEmpty || relative == "." { return (folder, true) }
        if files.contents[relative] != nil {
            let set = parsed[relative] ?? Self.load(relative, of: files, loader: loader)
            return (ManifestLinter(loader: loader).lint(loaded: set), false)
        }
        let prefix = relative + "/"
        guard files.contents.keys.contains(where: { $0.hasPrefix(prefix) }) else { return nil }
        let paths = files.manifestPaths(in: prefix)
        var loaded: [String: ManifestSet] = [:]
        for path in paths { loaded[path] = Self.load(path, of: files, loader: loader) }
        return (Self.folderSet(paths, loaded, files: files, folder: relative), true)
    }

    /// One file parsed, named `root/path` in its diagnostics; refused over the size limit
    /// with the words the loader uses for a file on disk.
    private static func load(_ path: String, of files: StudentFiles, loader: ManifestLoader)
        -> ManifestSet
    {
        let bytes = files.contents[path] ?? []
        let file = files.path(of: path)
        guard bytes.count <= loader.limits.maxFileBytes else {
            var set = ManifestSet()
            set.diagnostics = [
                Diagnostic(
                    .error,
                    "file is larger than the \(loader.limits.maxFileBytes)-byte limit "
                        + "(\(bytes.count) bytes)",
                    at: SourceLocation(file: file, line: 1, column: 1),
                    hint: loader.limits.sizeHint)
            ]
            return set
        }
        return loader.load(bytes: bytes, file: file)
    }

    /// The manifests of a folder together, as `lab lint DIR` gives them; a folder without
    /// any says so, as `kubectl apply -f DIR` does.
    private static func folderSet(
        _ paths: [String], _ parsed: [String: ManifestSet], files: StudentFiles,
        folder: String = ""
    ) -> ManifestSet {
        var set = ManifestSet()
        guard !paths.isEmpty else {
            let name = folder.isEmpty ? files.root : files.path(of: folder)
            set.diagnostics = [
                Diagnostic(
                    .warning, "no manifests found (looked for *.yaml, *.yml, *.json)",
                    at: SourceLocation(file: name, line: 1, column: 1))
            ]
            return set
        }
        for path in paths {
            guard let one = parsed[path] else { continue }
            set.objects += one.objects
            set.diagnostics += one.diagnostics
            set.files += one.files
        }
        return ManifestLinter(loader: ManifestLoader()).lint(loaded: set)
    }
}
