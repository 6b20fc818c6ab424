/// Cleans and checks the paths callers give relative to the work-tree root.
///
/// Git stores paths with `/` separators and no `.` or `..` components; a path that climbs out of
/// the work tree or into `.git` could overwrite anything, so it is refused.
enum WorkPath {
    /// Normalises `./k8s//app.yaml/` to `k8s/app.yaml`.
    ///
    /// `.` and the empty string name the whole work tree and become `""` when `allowRoot` is
    /// true; otherwise they are refused.
    static func normalize(_ path: String, allowRoot: Bool) throws(WorkspaceError) -> String {
        guard !path.contains("\0") else {
            throw .invalidPath(path, reason: "it contains a NUL character")
        }
        guard !path.hasPrefix("/") else {
            throw .invalidPath(path, reason: "it is absolute, not relative to the workspace root")
        }
        let components = path.split(separator: "/").filter { $0 != "." }
        for component in components {
            if component == ".." {
                throw .invalidPath(path, reason: "it leaves the workspace with \"..\"")
            }
            if component.lowercased() == ".git" {
                throw .invalidPath(path, reason: "it points into the \".git\" directory")
            }
        }
        let normalized = components.joined(separator: "/")
        if normalized.isEmpty && !allowRoot {
            throw .invalidPath(path, reason: "it names the workspace root, not a file")
        }
        return normalized
    }

    /// Normalises each path; see `normalize(_:allowRoot:)`.
    static func normalize(_ paths: [String], allowRoot: Bool) throws(WorkspaceError) -> [String] {
        var normalized: [String] = []
        for path in paths {
            normalized.append(try normalize(path, allowRoot: allowRoot))
        }
        return normalized
    }

    /// Whether `path` is `prefix` itself or lies below it; the empty prefix contains everything.
    static func contains(_ prefix: String, _ path: String) -> Bool {
        prefix.isEmpty || path == prefix
            || (path.hasPrefix(prefix) && path.dropFirst(prefix.count).first == "/")
    }

    /// Whether any of `prefixes` contains `path`.
    static func contains(any prefixes: [String], _ path: String) -> Bool {
        prefixes.contains { contains($0, path) }
    }
}
