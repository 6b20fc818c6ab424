import KubeModel
import LabDiagnostics

/// A lab check as the scenario compiler needs it: the expectation as written in `checks:`,
/// where it is written, and its `explain:` conditions.
struct LabCheckSource {
    /// The title in the report's language (timeline lines show it).
    var title: String
    var expectation: ExpectationDocument
    /// `checks[i].expect`: diagnostics about the expectation point there.
    var path: FieldPath
    var explanations: [(condition: ExpectationDocument, path: FieldPath)]
}

extension ScenarioCompiler {
    /// `check: ID`: the lab check's expectation, run at this step.
    mutating func compileCheck(_ id: String, at path: FieldPath) -> Expectation? {
        guard let checks else {
            error(
                "\"check\" steps belong to a lab's scenario", at: path,
                hint: "in a scenario file, write the condition under \"expect\"")
            return nil
        }
        guard let source = checks[id] else {
            let suggestion = checks.keys.sorted().closest(to: id)
            error(
                "unknown check \"\(id)\"", at: path,
                hint: suggestion.map { "did you mean \"\($0)\"?" }
                    ?? "declare it under \"checks\" with this id")
            return nil
        }
        guard var expectation = compileExpectation(source.expectation, at: source.path) else {
            return nil
        }
        expectation.id = id
        expectation.title = source.title
        expectation.explanations = source.explanations.compactMap {
            compileCondition($0.condition, at: $0.path)
        }
        return expectation
    }
}
