import KubeModel
import LabDiagnostics

/// Decodes one YAML document into objects: apiVersion and kind first, then the fields (unknown,
/// duplicate, mistyped, missing), then upstream defaulting and validation when decoding was clean.
struct DocumentDecoder {
    let source: SourceText

    func decode(
        _ root: YAMLNode, prefix: FieldPath = .root,
        objects: inout [LoadedObject], diagnostics: inout [Diagnostic]
    ) {
        guard let mapping = root.mapping else {
            diagnostics.append(
                source.diagnostic(
                    .error,
                    "a manifest must be a map with apiVersion and kind, found \(root.shapeDescription)",
                    line: root.line, column: root.column,
                    hint: "check that this document is a Kubernetes object and not a fragment"))
            return
        }
        let header = TypeHeader(mapping: mapping, root: root, source: source, prefix: prefix)
        diagnostics += header.diagnostics
        guard let apiVersion = header.apiVersion, let kind = header.kind else { return }
        if kind == ResourceCatalog.listKind {
            decodeList(
                mapping, root: root, prefix: prefix, objects: &objects, diagnostics: &diagnostics)
            return
        }
        let type: ResourceType
        var servedVersion = true
        switch ResourceCatalog.lookup(apiVersion: apiVersion, kind: kind) {
        case .found(let found):
            type = found
        case .unservedVersion(let kind, let served):
            diagnostics.append(
                header.error(
                    "no matches for kind \"\(kind)\" in version \"\(apiVersion)\"",
                    at: "apiVersion",
                    hint:
                        "\(kind) is served as \"apiVersion: \(served)\"; older versions were removed"
                ))
            servedVersion = false
            guard case .found(let found) = ResourceCatalog.lookup(apiVersion: served, kind: kind)
            else {
                return
            }
            type = found
        case .unknownKind(let suggestion):
            let known = suggestion.map { "did you mean \"\($0)\"?" }
            diagnostics.append(
                header.error(
                    "no matches for kind \"\(kind)\" in version \"\(apiVersion)\"", at: "kind",
                    hint: known ?? "LabKit knows the kinds the course uses; see docs/diagnostics.md"
                ))
            return
        }
        let session = DecodeSession(source: source, pathPrefix: prefix)
        let decoded = try? type.decode(NodeDecoder(node: root, session: session, codingPath: []))
        let fieldDiagnostics = UnknownFields.finish(session, alreadyReported: header.misspelledKeys)
        diagnostics += fieldDiagnostics
        guard var object = decoded, servedVersion, !header.diagnostics.hasErrors,
            !fieldDiagnostics.hasErrors
        else {
            return
        }
        object.apiVersion = apiVersion
        object.applyDefaults()
        let loaded = KubeResource(object).map {
            LoadedObject(
                resource: $0, file: source.file, line: root.line, root: root, source: source)
        }
        for error in object.validate() {
            let node = root.locate(error.path)
            diagnostics.append(
                source.diagnostic(
                    error.severity, error.message, line: node.line, column: node.column,
                    fieldPath: prefix + error.path, hint: error.hint))
        }
        if let loaded { objects.append(loaded) }
    }

    /// `kind: List`: each of `items` is an object of its own, reported under `items[i]`.
    private func decodeList(
        _ mapping: YAMLMapping, root: YAMLNode, prefix: FieldPath,
        objects: inout [LoadedObject], diagnostics: inout [Diagnostic]
    ) {
        for entry in mapping.entries
        where !["apiVersion", "kind", "items", "metadata"].contains(entry.key) {
            diagnostics.append(
                source.diagnostic(
                    .error, "unknown field \"\(prefix.appending(entry.key))\"",
                    line: entry.keyNode.line, column: entry.keyNode.column,
                    hint: "a List holds only apiVersion, kind, metadata and items"))
        }
        guard let items = mapping.entry("items")?.value else { return }
        guard case .sequence(let nodes) = items.content else {
            diagnostics.append(
                source.diagnostic(
                    .error,
                    "invalid type for \"\(prefix.appending("items"))\": expected a list, found \(items.shapeDescription)",
                    line: items.line, column: items.column))
            return
        }
        for (index, node) in nodes.enumerated() {
            decode(
                node, prefix: prefix.appending("items").appending(index: index), objects: &objects,
                diagnostics: &diagnostics)
        }
    }
}
