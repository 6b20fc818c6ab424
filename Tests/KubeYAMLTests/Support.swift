import Foundation
import KubeModel
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

/// The lines of `bytes` as an editor (and YAML) counts them.
///
/// A line ends at LF, CR LF, a lone CR, NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR. Written
/// apart from the loader's own splitting, as the fuzz oracles' reference.
func yamlLineCount(_ bytes: [UInt8]) -> Int {
    let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    var count = 1
    var index = 0
    while index < scalars.count {
        switch scalars[index].value {
        case 0x0D:
            count += 1
            if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
        case 0x0A, 0x85, 0x2028, 0x2029:
            count += 1
        default: break
        }
        index += 1
    }
    return max(1, count)
}

/// The fuzz oracle: every diagnostic and every object of `set` points at a line and column
/// inside `bytes`; nil when they do, else what does not.
func outsideTheFile(_ set: ManifestSet, bytes: [UInt8], file: String) -> String? {
    let lines = yamlLineCount(bytes)
    for diagnostic in set.diagnostics {
        guard let location = diagnostic.location, location.file == file,
            (1...lines).contains(location.line), location.column >= 1
        else { return "\(diagnostic) (the file has \(lines) lines)" }
    }
    for object in set.objects where object.file != file || !(1...lines).contains(object.line) {
        return "\(object.resource.key) at line \(object.line) (the file has \(lines) lines)"
    }
    return nil
}
