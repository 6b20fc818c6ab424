import Foundation
import KubeModel
import KubeYAML
import LabDiagnostics

/// Renders a lint result for people (compiler-style text) or for tools (versioned JSON).
enum LintReport {
    /// Version of the `--format json` document; bump when a field changes meaning or goes away.
    static let jsonVersion = 1

    static func text(_ set: ManifestSet, colors: Bool, verbose: Bool) -> String {
        var text = DiagnosticRenderer(colors: colors).render(set.diagnostics)
        if verbose {
            for object in set.objects {
                text += "ok: \(object.resource.key) (\(object.file):\(object.line))\n"
            }
        }
        text += summary(set) + "\n"
        return text
    }

    static func summary(_ set: ManifestSet) -> String {
        let errors = set.diagnostics.filter { $0.severity == .error }.count
        let warnings = set.diagnostics.filter { $0.severity == .warning }.count
        let files = plural(Set(set.files).count, "file")
        let objects = plural(set.objects.count, "object")
        if errors == 0 && warnings == 0 { return "\(files), \(objects): no problems found" }
        return "\(files), \(objects): \(plural(errors, "error")), \(plural(warnings, "warning"))"
    }

    private static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    struct Document: Encodable {
        struct Object: Encodable {
            let kind: String
            let namespace: String
            let name: String
            let file: String
            let line: Int
        }

        struct Entry: Encodable {
            let severity: String
            let message: String
            let file: String?
            let line: Int?
            let column: Int?
            let fieldPath: String?
            let hint: String?
            let notes: [String]
        }

        let version: Int
        let files: [String]
        let objects: [Object]
        let diagnostics: [Entry]
        let errors: Int
        let warnings: Int
    }

    static func json(_ set: ManifestSet) throws -> String {
        let document = Document(
            version: jsonVersion,
            files: set.files,
            objects: set.objects.map {
                Document.Object(
                    kind: $0.resource.key.kind, namespace: $0.resource.key.namespace,
                    name: $0.resource.key.name, file: $0.file, line: $0.line)
            },
            diagnostics: set.diagnostics.map {
                Document.Entry(
                    severity: $0.severity.rawValue, message: $0.message, file: $0.location?.file,
                    line: $0.location?.line, column: $0.location?.column, fieldPath: $0.fieldPath,
                    hint: $0.hint, notes: $0.notes)
            },
            errors: set.diagnostics.filter { $0.severity == .error }.count,
            warnings: set.diagnostics.filter { $0.severity == .warning }.count)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }
}
