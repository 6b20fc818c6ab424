import Foundation
import KubeModel
public import LabDiagnostics

/// What loading some manifests produced: the objects that decoded, and every problem found.
public struct ManifestSet: Sendable {
    public var objects: [LoadedObject] = []
    public var diagnostics: [Diagnostic] = []
    /// The files read, in order.
    public var files: [String] = []

    public init() {}

    public var hasErrors: Bool { diagnostics.hasErrors }

    mutating func merge(_ other: ManifestSet) {
        objects += other.objects
        diagnostics += other.diagnostics
        files += other.files
    }
}

/// Reads Kubernetes manifests: files, directories of them, or bytes from stdin.
///
/// Never throws:
/// everything wrong comes back as a diagnostic naming file, line and column.
public struct ManifestLoader: Sendable {
    public var limits: ManifestLimits

    /// File extensions read from a directory, as `kubectl apply -f DIR` does.
    public static let manifestExtensions = ["yaml", "yml", "json"]

    public init(limits: ManifestLimits = .standard) {
        self.limits = limits
    }

    /// Loads each path: a file, or every manifest directly inside a directory (sorted by name).
    public func load(paths: [String]) -> ManifestSet {
        var set = ManifestSet()
        for path in paths {
            set.merge(load(path: path))
        }
        return set
    }

    public func load(path: String) -> ManifestSet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return failure(path, "no such file or directory", hint: "check the path")
        }
        guard isDirectory.boolValue else { return load(file: path) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let manifests = names.filter {
            Self.manifestExtensions.contains(($0 as NSString).pathExtension.lowercased())
                && !$0.hasPrefix(".")
        }.sorted()
        guard !manifests.isEmpty else {
            var set = failure(
                path, "no manifests found (looked for *.yaml, *.yml, *.json)", hint: nil)
            set.diagnostics[0].severity = .warning
            return set
        }
        return load(paths: manifests.map { (path as NSString).appendingPathComponent($0) })
    }

    private func load(file path: String) -> ManifestSet {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = (attributes?[.size] as? NSNumber)?.intValue, size > limits.maxFileBytes {
            return failure(
                path, "file is larger than the \(limits.maxFileBytes)-byte limit (\(size) bytes)",
                hint:
                    "a manifest is a few kilobytes; split it or raise the limit with --max-file-size"
            )
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return failure(path, "cannot read the file", hint: "check its permissions")
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: limits.maxFileBytes + 1)) ?? nil
        return load(bytes: Array(data ?? Data()), file: path)
    }

    /// Loads manifest text; `file` names it in diagnostics (`<stdin>` for standard input).
    public func load(bytes: [UInt8], file: String) -> ManifestSet {
        var set = ManifestSet()
        set.files = [file]
        guard bytes.count <= limits.maxFileBytes else {
            return failure(
                file, "input is larger than the \(limits.maxFileBytes)-byte limit",
                hint:
                    "a manifest is a few kilobytes; split it or raise the limit with --max-file-size"
            )
        }
        guard let source = SourceText.prepare(bytes, file: file, diagnostics: &set.diagnostics)
        else {
            return set
        }
        var documents: [YAMLNode] = []
        do {
            try YAMLComposer(limits: limits).compose(source.parseBytes, into: &documents)
        } catch {
            set.diagnostics.append(
                source.diagnostic(
                    .error, error.message, line: error.line, column: error.column, hint: error.hint)
            )
        }
        let decoder = DocumentDecoder(source: source)
        for document in documents where !document.isNull {
            decoder.decode(document, objects: &set.objects, diagnostics: &set.diagnostics)
        }
        set.diagnostics = set.diagnostics.sortedByLocation()
        return set
    }

    private func failure(_ file: String, _ message: String, hint: String?) -> ManifestSet {
        var set = ManifestSet()
        set.diagnostics = [
            Diagnostic(
                .error, message, at: SourceLocation(file: file, line: 1, column: 1), hint: hint)
        ]
        return set
    }
}
