import Foundation
public import KubeYAML
public import LabDiagnostics

/// What reading a `lab.yaml` gave: the lab when it has no errors, and every problem.
public struct LabParse: Sendable {
    public var lab: Lab?
    public var diagnostics: [Diagnostic]
}

/// Reads `lab.yaml` files: strict YAML decoding, then the checks a type cannot express (ids,
/// `needs`, each check run by exactly one `check:` step), every problem at file:line:column.
public struct LabParser: Sendable {
    /// The language of titles in the scenario's timeline lines.
    public var language: Language
    public var limits: ManifestLimits

    public init(language: Language = .en, limits: ManifestLimits = .standard) {
        self.language = language
        self.limits = limits
    }

    /// Parses `DIR/lab.yaml`, or the file itself when `path` names one.
    public func parse(path: String) -> LabParse {
        let file =
            path.hasSuffix(".yaml")
            ? path
            : (path as NSString).appendingPathComponent(
                "lab.yaml")
        guard let data = FileManager.default.contents(atPath: file) else {
            return LabParse(
                lab: nil,
                diagnostics: [
                    .error(
                        "cannot read the lab file",
                        at: SourceLocation(file: file, line: 1, column: 1),
                        hint: "a lab is a folder with a lab.yaml")
                ])
        }
        return parse(bytes: Array(data), file: file)
    }

    public func parse(bytes: [UInt8], file: String) -> LabParse {
        let decoded = StrictYAMLDecoder(limits: limits).decode(
            LabDocument.self, from: bytes, file: file)
        guard let document = decoded.value else {
            return LabParse(lab: nil, diagnostics: decoded.diagnostics)
        }
        var compiler = LabCompiler(
            document: decoded, file: file, text: String(decoding: bytes, as: UTF8.self),
            language: language)
        let lab = compiler.compile(document)
        let diagnostics = (decoded.diagnostics + compiler.diagnostics).sortedByLocation()
        return LabParse(lab: diagnostics.hasErrors ? nil : lab, diagnostics: diagnostics)
    }
}
