import Foundation
public import KubeYAML
public import LabDiagnostics

/// A student's files for one lab, read once from wherever they come from (a folder, a
/// workspace's snapshot, the git blobs of a submission): relative path → bytes, plus the
/// root messages name them by.
///
/// It is linted once (`manifests(limits:)`), and the scenario's `apply` steps take their
/// objects from that one parse, so a verdict's `file:line` and the cluster's objects come from
/// the same bytes.
public struct StudentFiles: Sendable {
    /// The lab folder as messages name it (`.`, `hpa`, `Solutions/hpa`, an absolute path):
    /// a file shows as `root/path`.
    public var root: String
    /// The files admitted by the file rules: relative path (`/` separators) → contents.
    public var contents: [String: [UInt8]]
    /// What reading them found (the file rules' refusals, in the student's terms); an error
    /// stops the check before anything runs.
    public var diagnostics: [Diagnostic]

    public init(root: String, contents: [String: [UInt8]], diagnostics: [Diagnostic] = []) {
        self.root = root
        self.contents = contents
        self.diagnostics = diagnostics
    }

    /// `relative` as messages name it: `root/relative`.
    public func path(of relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    /// The manifests directly in the folder `prefix` ("" for the lab folder), as
    /// `kubectl apply -f DIR` reads one: not hidden, named `*.yaml`, `*.yml` or `*.json`,
    /// sorted by the bytes of their names.
    func manifestPaths(in prefix: String) -> [String] {
        contents.keys.filter { path in
            guard path.hasPrefix(prefix) else { return false }
            let name = path.dropFirst(prefix.count)
            return !name.isEmpty && !name.contains("/") && !name.hasPrefix(".")
                && ManifestLoader.manifestExtensions.contains(
                    (String(name) as NSString).pathExtension.lowercased())
        }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
