import KubeModel
import LabDiagnostics

/// Reads `apiVersion` and `kind` before anything else, forgiving a misspelled key
/// (`piVersion:` from the lecture notes) so that the rest of the document is still checked.
struct TypeHeader {
    let mapping: YAMLMapping
    let root: YAMLNode
    let source: SourceText
    let prefix: FieldPath
    private(set) var apiVersion: String?
    private(set) var kind: String?
    private(set) var diagnostics: [Diagnostic] = []
    /// Top-level keys already reported as misspellings of apiVersion or kind.
    private(set) var misspelledKeys: Set<String> = []

    init(mapping: YAMLMapping, root: YAMLNode, source: SourceText, prefix: FieldPath) {
        self.mapping = mapping
        self.root = root
        self.source = source
        self.prefix = prefix
        apiVersion = read("apiVersion", example: "apiVersion: apps/v1")
        kind = read("kind", example: "kind: Deployment")
    }

    func error(_ message: String, at key: String, hint: String?) -> Diagnostic {
        let node = mapping.entry(key)?.value ?? root
        return source.diagnostic(
            .error, message, line: node.line, column: node.column,
            fieldPath: prefix.appending(key), hint: hint)
    }

    private mutating func read(_ field: String, example: String) -> String? {
        if let entry = mapping.entry(field) {
            guard let scalar = entry.value.scalar, scalar.resolved == .string, !scalar.text.isEmpty
            else {
                diagnostics.append(
                    error(
                        "invalid value for \"\(prefix.appending(field))\": expected a string, found \(entry.value.shapeDescription)",
                        at: field, hint: "write it as \"\(example)\""))
                return nil
            }
            return scalar.text
        }
        let others = mapping.entries.map(\.key).filter { $0 != "apiVersion" && $0 != "kind" }
        if let near = others.first(where: { [field].closest(to: $0) != nil }),
            let entry = mapping.entry(near)
        {
            misspelledKeys.insert(near)
            diagnostics.append(
                source.diagnostic(
                    .error, "unknown field \"\(prefix.appending(near))\"", line: entry.keyNode.line,
                    column: entry.keyNode.column, fieldPath: prefix.appending(near),
                    hint: "did you mean \"\(field)\"?"))
            return entry.value.scalar?.text
        }
        diagnostics.append(
            source.diagnostic(
                .error, "missing required field \"\(prefix.appending(field))\"", line: root.line,
                column: root.column, fieldPath: prefix.appending(field),
                hint: "every manifest starts with \"\(example)\" or similar"))
        return nil
    }
}
