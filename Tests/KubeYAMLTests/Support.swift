import Foundation
import KubeYAML
import LabDiagnostics

/// The repository root, found from this file's path (tests read the course's example manifests).
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func load(_ yaml: String, file: String = "test.yaml", limits: ManifestLimits = .standard)
    -> ManifestSet
{
    ManifestLoader(limits: limits).load(bytes: Array(yaml.utf8), file: file)
}

func lint(_ yaml: String, file: String = "test.yaml") -> ManifestSet {
    ManifestLinter().lint(bytes: Array(yaml.utf8), file: file)
}

/// A diagnostic reduced to what a test asserts: severity, message, line and column.
struct Found: Equatable, CustomStringConvertible {
    let severity: Diagnostic.Severity
    let message: String
    let line: Int
    let column: Int

    init(_ severity: Diagnostic.Severity, _ message: String, _ line: Int, _ column: Int) {
        self.severity = severity
        self.message = message
        self.line = line
        self.column = column
    }

    init(_ diagnostic: Diagnostic) {
        self.init(
            diagnostic.severity, diagnostic.message, diagnostic.location?.line ?? 0,
            diagnostic.location?.column ?? 0)
    }

    var description: String { "\(line):\(column) \(severity.rawValue): \(message)" }
}

extension ManifestSet {
    var found: [Found] { diagnostics.map(Found.init) }
}
