import Foundation
public import KubeYAML
public import LabDiagnostics

/// What reading a scenario file gave: the scenario when it has no errors, and every problem.
public struct ScenarioParse: Sendable {
    public var scenario: Scenario?
    public var diagnostics: [Diagnostic]
}

/// Reads scenario files: strict YAML decoding, then the checks a type cannot express, every
/// problem located at the scenario's file, line and column.
public struct ScenarioParser: Sendable {
    public var limits: ManifestLimits

    public init(limits: ManifestLimits = .standard) {
        self.limits = limits
    }

    public func parse(path: String) -> ScenarioParse {
        guard let data = FileManager.default.contents(atPath: path) else {
            return ScenarioParse(
                scenario: nil,
                diagnostics: [
                    .error(
                        "cannot read the scenario file",
                        at: SourceLocation(file: path, line: 1, column: 1),
                        hint: "check the path")
                ])
        }
        return parse(bytes: Array(data), file: path)
    }

    /// Parses scenario text; `file` names it in diagnostics and anchors relative paths.
    public func parse(bytes: [UInt8], file: String) -> ScenarioParse {
        let decoded = StrictYAMLDecoder(limits: limits).decode(
            ScenarioDocument.self, from: bytes, file: file)
        guard let document = decoded.value else {
            return ScenarioParse(scenario: nil, diagnostics: decoded.diagnostics)
        }
        var compiler = ScenarioCompiler(
            document: decoded, file: file, text: String(decoding: bytes, as: UTF8.self))
        let scenario = compiler.compile(document)
        let diagnostics = (decoded.diagnostics + compiler.diagnostics).sortedByLocation()
        return ScenarioParse(
            scenario: diagnostics.hasErrors ? nil : scenario, diagnostics: diagnostics)
    }
}
