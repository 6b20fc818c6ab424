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
        load(FileName(path))
    }

    private func load(_ name: FileName) -> ManifestSet {
        guard let info = name.status() else {
            return failure(name.text, "no such file or directory", hint: "check the path")
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { return load(file: name, info: info) }
        // As `kubectl apply -f DIR`: the files directly inside, subdirectories skipped.
        let manifests = (name.directoryEntries() ?? []).filter { entry in
            let text = FileName(bytes: entry).text
            return entry.first != UInt8(ascii: ".")
                && Self.manifestExtensions.contains((text as NSString).pathExtension.lowercased())
        }.sorted { $0.lexicographicallyPrecedes($1) }.compactMap { entry -> (FileName, stat?)? in
            let file = name.appending(entry)
            let info = file.status()
            return info.map { $0.st_mode & S_IFMT == S_IFDIR } == true ? nil : (file, info)
        }
        guard !manifests.isEmpty else {
            var set = failure(
                name.text, "no manifests found (looked for *.yaml, *.yml, *.json)", hint: nil)
            set.diagnostics[0].severity = .warning
            return set
        }
        var set = ManifestSet()
        for (file, info) in manifests {
            guard let info else { continue }
            // Only regular files are read: a named pipe would block the reader forever.
            if let kind = FileName.specialKind(info) {
                set.diagnostics.append(
                    Diagnostic(
                        .warning, "\"\(file.text)\" is \(kind), not a file: it was skipped",
                        at: SourceLocation(file: file.text, line: 1, column: 1),
                        hint: "only regular files are read"))
                continue
            }
            set.merge(load(file: file, info: info))
        }
        return set
    }

    private func load(file name: FileName, info: stat) -> ManifestSet {
        if let kind = FileName.specialKind(info) {
            return failure(
                name.text, "\"\(name.text)\" is \(kind), not a file",
                hint: "only regular files are read: give the path of a manifest file")
        }
        let size = info.st_size
        if size > limits.maxFileBytes {
            return failure(
                name.text,
                "file is larger than the \(limits.maxFileBytes)-byte limit (\(size) bytes)",
                hint: limits.sizeHint)
        }
        guard let bytes = name.contents(limit: limits.maxFileBytes) else {
            return failure(name.text, "cannot read the file", hint: "check its permissions")
        }
        return load(bytes: bytes, file: name.text)
    }

    /// Loads manifest text; `file` names it in diagnostics (`<stdin>` for standard input).
    public func load(bytes: [UInt8], file: String) -> ManifestSet {
        var set = ManifestSet()
        set.files = [file]
        guard bytes.count <= limits.maxFileBytes else {
            return failure(
                file, "input is larger than the \(limits.maxFileBytes)-byte limit",
                hint: limits.sizeHint)
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
