public import KubeModel
public import LabDiagnostics

/// Decodes any `Decodable` type from a single YAML document with the same strictness and the
/// same diagnostics as manifests (unknown and duplicate keys, wrong types, missing fields, all
/// in one pass): for LabKit's own files, such as scenarios and the image catalogue.
public struct StrictYAMLDecoder: Sendable {
    public var limits: ManifestLimits

    public init(limits: ManifestLimits = .standard) {
        self.limits = limits
    }

    public func decode<T: Decodable>(
        _ type: T.Type, from bytes: [UInt8], file: String
    ) -> DecodedDocument<T> {
        var diagnostics: [Diagnostic] = []
        guard bytes.count <= limits.maxFileBytes else {
            diagnostics.append(
                Diagnostic(
                    .error, "file is larger than the \(limits.maxFileBytes)-byte limit",
                    at: SourceLocation(file: file, line: 1, column: 1)))
            return DecodedDocument(value: nil, diagnostics: diagnostics, root: nil, source: nil)
        }
        // LabKit's own files are not pasted from lecture notes, and their prose may well start
        // a line with "kubectl ".
        guard
            let source = SourceText.prepare(
                bytes, file: file, diagnostics: &diagnostics, detectsPastedLines: false)
        else {
            return DecodedDocument(value: nil, diagnostics: diagnostics, root: nil, source: nil)
        }
        var documents: [YAMLNode] = []
        do {
            try YAMLComposer(limits: limits).compose(source.parseBytes, into: &documents)
        } catch {
            diagnostics.append(
                source.diagnostic(
                    .error, error.message, line: error.line, column: error.column, hint: error.hint)
            )
            return DecodedDocument(value: nil, diagnostics: diagnostics, root: nil, source: source)
        }
        let nonEmpty = documents.filter { !$0.isNull }
        guard let root = nonEmpty.first else {
            diagnostics.append(source.diagnostic(.error, "the file is empty", line: 1, column: 1))
            return DecodedDocument(value: nil, diagnostics: diagnostics, root: nil, source: source)
        }
        if nonEmpty.count > 1 {
            diagnostics.append(
                source.diagnostic(
                    .error, "expected one YAML document, found \(nonEmpty.count)",
                    line: nonEmpty[1].line, column: nonEmpty[1].column,
                    hint: "remove the \"---\" separators"))
        }
        let session = DecodeSession(source: source, pathPrefix: .root)
        let value = try? T(from: NodeDecoder(node: root, session: session, codingPath: []))
        diagnostics += UnknownFields.finish(session, alreadyReported: [])
        return DecodedDocument(
            value: diagnostics.hasErrors ? nil : value, diagnostics: diagnostics.sortedByLocation(),
            root: root, source: source)
    }
}

/// A decoded document: the value when there were no errors, every diagnostic, and the way back
/// from a field path to its position (for problems found after decoding).
public struct DecodedDocument<T>: @unchecked Sendable {
    public let value: T?
    public let diagnostics: [Diagnostic]
    let root: YAMLNode?
    let source: SourceText?

    /// Whether the file writes every step of `path`, even as `null` (which decodes as absent).
    public func writes(_ path: FieldPath) -> Bool {
        root?.reaches(path) ?? false
    }

    /// A diagnostic located at the field `path` (a key present, or its nearest ancestor's key).
    public func diagnostic(
        _ severity: Diagnostic.Severity, _ message: String, at path: FieldPath, hint: String? = nil
    ) -> Diagnostic {
        guard let root, let source else { return Diagnostic(severity, message, hint: hint) }
        let node = root.locate(path)
        return source.diagnostic(
            severity, message, line: node.line, column: node.column, fieldPath: path, hint: hint)
    }
}
