/// A `lab.yaml` as written: decoded strictly, then compiled into a `Lab` by `LabCompiler`.
struct LabDocument: Decodable {
    var id: String
    var title: LocalizedText
    var summary: LocalizedText
    var prerequisites: [String]?
    var scenario: LabScenarioDocument
    var checks: [CheckDocument]
    var invariants: [InvariantDocument]?
    var mistakes: [MistakeDocument]?
    var equivalents: [EquivalentDocument]?
    var counterfeits: [MistakeDocument]?
}

/// A right answer written differently from the reference (other labels, names, files, units),
/// kept in `equivalents/<name>/`: `lab dev check` proves it passes.
struct EquivalentDocument: Decodable {
    var name: String
    var description: String?
}

/// A realistic wrong answer kept in `mistakes/<name>/` (or a counterfeit, in
/// `counterfeits/<name>/`: the checked numbers reached without the mechanism), and what
/// `lab dev check` proves about it: exactly the checks (or invariants) it fails, or
/// `manifests` when its files are refused before anything runs, and a phrase the report says.
struct MistakeDocument: Decodable {
    var name: String
    var description: String?
    var fails: [String]
    var says: String?
}

/// The lab's scenario: the `cluster` and `steps` of a scenario file (the name is the lab id).
struct LabScenarioDocument: Decodable {
    var description: String?
    var cluster: ClusterDocument?
    var steps: [StepDocument]
}

/// One check: what it verifies, why it matters, how it is scored, and how to get there.
struct CheckDocument: Decodable {
    var id: String
    var title: LocalizedText
    var rationale: LocalizedText
    var points: Int?
    var needs: [String]?
    var expect: ExpectationDocument
    /// The manifest field the check is about, to point the student at a file and line.
    var manifest: ManifestPointerDocument?
    var hints: [LocalizedText]
    var explain: [ExplanationDocument]?
}

/// `manifest: {object: deployment/order, field: spec.template.spec.containers[0].resources}`.
struct ManifestPointerDocument: Decodable {
    var object: String
    var field: String?
    var namespace: String?
}

/// `explain: [{when: CONDITION, say: {en, ko}}]`: said when the check fails and `when` holds.
struct ExplanationDocument: Decodable {
    var when: ExpectationDocument
    var say: LocalizedText
}

/// A rule the student's files must not break to pass (a budget deleted, replicas lowered),
/// checked once the scenario has run.
struct InvariantDocument: Decodable {
    var id: String
    var title: LocalizedText
    var expect: ExpectationDocument
    var manifest: ManifestPointerDocument?
}
