import KubeModel
import LabDiagnostics

/// State shared by every container while one document is decoded: the diagnostics found so far
/// and a tracker per map, so that keys nobody asked for can be reported as unknown afterwards.
final class DecodeSession {
    /// Thrown after a problem has been recorded, to unwind to the nearest optional field.
    struct Reported: Error {}

    final class MappingTracker {
        let node: YAMLNode
        let mapping: YAMLMapping
        let path: FieldPath
        var requested: Set<String> = []
        /// Keys the type asks for, in its declaration order: the candidates for "did you mean".
        var known: [String] = []

        init(node: YAMLNode, mapping: YAMLMapping, path: FieldPath) {
            self.node = node
            self.mapping = mapping
            self.path = path
        }

        func request(_ key: String) {
            if requested.insert(key).inserted { known.append(key) }
        }
    }

    struct MissingField {
        let path: FieldPath
        let diagnosticIndex: Int
    }

    let source: SourceText
    /// Prefix for field paths of objects inside `kind: List` (`items[2]`).
    let pathPrefix: FieldPath
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var trackers: [MappingTracker] = []
    private(set) var missingFields: [MissingField] = []
    /// Above zero while a placeholder for a missing field is decoded: nothing is reported.
    private(set) var silence = 0

    init(source: SourceText, pathPrefix: FieldPath) {
        self.source = source
        self.pathPrefix = pathPrefix
    }

    var isSilent: Bool { silence > 0 }

    func silently<T>(_ body: () throws -> T) rethrows -> T {
        silence += 1
        defer { silence -= 1 }
        return try body()
    }

    func report(
        _ message: String, at node: YAMLNode, path: FieldPath, hint: String? = nil,
        notes: [String] = []
    ) {
        guard !isSilent else { return }
        diagnostics.append(
            source.diagnostic(
                .error, message, line: node.line, column: node.column,
                fieldPath: pathPrefix + path, hint: hint, notes: notes))
    }

    func reportMissing(_ path: FieldPath, in parent: YAMLNode) {
        guard !isSilent else { return }
        missingFields.append(
            MissingField(path: path, diagnosticIndex: diagnostics.count))
        report("missing required field \"\(pathPrefix + path)\"", at: parent, path: path)
    }

    func track(_ node: YAMLNode, _ mapping: YAMLMapping, path: FieldPath) -> MappingTracker? {
        guard !isSilent else { return nil }
        let tracker = MappingTracker(node: node, mapping: mapping, path: path)
        trackers.append(tracker)
        for duplicate in mapping.duplicates {
            let first = mapping.entry(duplicate.key)?.keyNode.line ?? 0
            report(
                "duplicate field \"\(pathPrefix + path.appending(duplicate.key))\"",
                at: duplicate.keyNode, path: path.appending(duplicate.key),
                hint: "delete one of the two; a key may appear only once in a map",
                notes: ["first defined on line \(first)"])
        }
        return tracker
    }

    func fieldPath(_ codingPath: [any CodingKey]) -> FieldPath {
        FieldPath(
            codingPath.map { key in
                if key is IndexKey, let index = key.intValue { return .index(index) }
                return .key(key.stringValue)
            })
    }
}

/// The coding key of a list element.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "[\(intValue ?? 0)]" }

    init(_ index: Int) { intValue = index }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}
