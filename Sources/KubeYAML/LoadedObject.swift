public import KubeModel
public import LabDiagnostics

/// One object read from a manifest, with the way back from its field paths to the source.
public struct LoadedObject: Sendable {
    /// The object after upstream defaulting.
    public let resource: KubeResource
    public let file: String
    /// Where its document (or its `items[i]` entry) starts.
    public let line: Int
    let root: YAMLNode
    let source: SourceText

    /// The position of the field at `path`, or of its nearest ancestor present in the file.
    public func location(of path: FieldPath) -> SourceLocation {
        let node = root.locate(path)
        return SourceLocation(file: file, line: node.line, column: node.column)
    }

    /// Whether the file writes the field at `path` itself (not only an ancestor of it).
    public func writes(_ path: FieldPath) -> Bool {
        root.reaches(path)
    }

    /// A diagnostic for a field of this object, with source line and caret.
    public func diagnostic(for error: FieldError) -> Diagnostic {
        let node = root.locate(error.path)
        return source.diagnostic(
            error.severity, error.message, line: node.line, column: node.column,
            fieldPath: error.path, hint: error.hint)
    }
}

extension YAMLNode {
    /// Follows `path` as far as the file goes.
    ///
    /// A key found is located at the key itself; a key
    /// missing from the file at the key of its parent (`spec:` for a missing `spec.serviceName`).
    func locate(_ path: FieldPath) -> YAMLNode {
        var node = self
        var anchor = self
        for component in path.components {
            switch (component, node.content) {
            case (.key(let key), .mapping(let mapping)):
                guard let entry = mapping.entry(key) else { return anchor }
                anchor = entry.keyNode
                node = entry.value
            case (.index(let index), .sequence(let items)) where items.indices.contains(index):
                node = items[index]
                anchor = node
            default:
                return anchor
            }
        }
        return anchor
    }

    /// Whether every step of `path` is in the file.
    func reaches(_ path: FieldPath) -> Bool {
        var node = self
        for component in path.components {
            switch (component, node.content) {
            case (.key(let key), .mapping(let mapping)):
                guard let entry = mapping.entry(key) else { return false }
                node = entry.value
            case (.index(let index), .sequence(let items)) where items.indices.contains(index):
                node = items[index]
            default:
                return false
            }
        }
        return true
    }
}
