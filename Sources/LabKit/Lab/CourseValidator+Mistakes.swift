import LabDiagnostics

extension CourseValidator {
    /// A declared mistake must fail exactly where the lab says, and say the phrase it promises.
    static func problems(
        with mistake: Mistake, of lab: Lab, report: LabReport, files: Set<String>
    ) -> [Diagnostic] {
        let directory = lab.mistakeDirectory(mistake.name)
        func problem(_ message: String, hint: String? = nil) -> Diagnostic {
            .error(message, at: SourceLocation(file: directory, line: 1, column: 1), hint: hint)
        }
        let present = Self.files(in: directory)
        guard !present.isEmpty else {
            return [problem("mistake \"\(mistake.name)\" has no files")]
        }
        var problems: [Diagnostic] = []
        if present != files {
            problems.append(
                problem(
                    "mistake \"\(mistake.name)\" holds \(present.sorted()), start/ holds "
                        + "\(files.sorted())",
                    hint: "a mistake is a whole answer: the same files as start/"))
        }
        for id in mistake.fails where !report.failed(id) {
            problems.append(
                problem(
                    "mistake \"\(mistake.name)\" should fail \"\(id)\", but it did not",
                    hint: "run lab check \(lab.id) --dir \(directory)"))
        }
        if let phrase = mistake.says, !report.failureText.contains(phrase) {
            problems.append(
                problem(
                    "mistake \"\(mistake.name)\": the report never says \"\(phrase)\"",
                    hint: "the failed checks' observed text, explanations and evidence are searched"
                ))
        }
        return problems
    }
}

extension LabReport {
    /// True when the check or invariant `id` failed.
    func failed(_ id: String) -> Bool {
        if let check = checks.first(where: { $0.check.id == id }) {
            return check.status == .failed
        }
        return invariants.first { $0.invariant.id == id }.map { !$0.passed } ?? false
    }

    /// What a student reads about failures: observed values, explanations, evidence, lint.
    var failureText: String {
        var parts: [String] = manifestDiagnostics.map(\.message)
        for check in checks where check.status == .failed {
            parts += [check.expectation?.observed ?? ""] + (check.expectation?.evidence ?? [])
            parts += check.explanations.flatMap { [$0.en ?? "", $0.ko ?? ""] }
        }
        for invariant in invariants where !invariant.passed {
            parts.append(invariant.expectation?.observed ?? "")
        }
        return parts.joined(separator: "\n")
    }
}
