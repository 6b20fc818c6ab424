import LabDiagnostics

extension CourseValidator {
    /// A declared wrong answer (a mistake, or a counterfeit) must fail exactly where the lab
    /// says, and say the phrase it promises; a mistake holds the same files as `start/`.
    static func problems(
        with mistake: Mistake, in directory: String, of lab: Lab, report: LabReport,
        files: Set<String>?
    ) -> [Diagnostic] {
        let what = files == nil ? "counterfeit" : "mistake"
        func problem(_ message: String, hint: String? = nil) -> Diagnostic {
            .error(message, at: SourceLocation(file: directory, line: 1, column: 1), hint: hint)
        }
        let present = Self.files(in: directory)
        guard !present.isEmpty else {
            return [problem("\(what) \"\(mistake.name)\" has no files")]
        }
        var problems: [Diagnostic] = []
        if let files, present != files {
            problems.append(
                problem(
                    "mistake \"\(mistake.name)\" holds \(present.sorted()), start/ holds "
                        + "\(files.sorted())",
                    hint: "a mistake is a whole answer: the same files as start/"))
        }
        for id in mistake.fails where !report.failed(id) {
            problems.append(
                problem(
                    "\(what) \"\(mistake.name)\" should fail \"\(id)\", but it did not",
                    hint: "run lab check \(lab.id) --dir \(directory)"))
        }
        let undeclared = report.failedIDs.filter { !mistake.fails.contains($0) }
        if !undeclared.isEmpty {
            let list = undeclared.map { "\"\($0)\"" }.joined(separator: ", ")
            problems.append(
                problem(
                    "\(what) \"\(mistake.name)\" also fails \(list), which its \"fails\" does "
                        + "not declare",
                    hint: "declare every check it fails, so that a change in what it fails is "
                        + "noticed"))
        }
        if let phrase = mistake.says, !report.failureText.contains(phrase) {
            problems.append(
                problem(
                    "\(what) \"\(mistake.name)\": the report never says \"\(phrase)\"",
                    hint: "the failed checks' observed text, explanations and evidence are searched"
                ))
        }
        return problems
    }

    /// A right answer written differently must pass, as the reference does.
    static func problems(with equivalent: Equivalent, of lab: Lab, report: LabReport)
        -> [Diagnostic]
    {
        let directory = lab.equivalentDirectory(equivalent.name)
        guard !Self.files(in: directory).isEmpty else {
            return [
                .error(
                    "equivalent \"\(equivalent.name)\" has no files",
                    at: SourceLocation(file: directory, line: 1, column: 1))
            ]
        }
        guard !report.passed else { return [] }
        let failed = report.failedIDs.map { "\"\($0)\"" }.joined(separator: ", ")
        return [
            .error(
                "equivalent answer \"\(equivalent.name)\" does not pass: it fails \(failed)",
                at: SourceLocation(file: directory, line: 1, column: 1),
                hint: "a right answer written differently must get the reference's verdict: run "
                    + "lab check \(lab.id) --dir \(directory)")
        ]
    }
}

extension LabReport {
    /// True when the check or invariant `id` failed (`manifests`: the files were refused).
    func failed(_ id: String) -> Bool {
        if id == Mistake.manifests { return manifestDiagnostics.hasErrors }
        if let check = checks.first(where: { $0.check.id == id }) {
            return check.status == .failed
        }
        return invariants.first { $0.invariant.id == id }.map { !$0.passed } ?? false
    }

    /// Every check and invariant that failed (not skipped), and `manifests` when the files
    /// were refused, in report order.
    var failedIDs: [String] {
        (manifestDiagnostics.hasErrors ? [Mistake.manifests] : [])
            + checks.filter { $0.status == .failed }.map(\.check.id)
            + invariants.filter { !$0.passed }.map(\.invariant.id)
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
