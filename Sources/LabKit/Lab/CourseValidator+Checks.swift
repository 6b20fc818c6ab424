import KubeModel
import KubeYAML
import LabDiagnostics

/// The rules that keep a lab's checks honest, from the runs `lab dev check` made: a check
/// must be able to fail, an explanation must be true exactly where it is said, and what a check
/// points at must exist in the reference answer.
extension CourseValidator {
    /// The problems of a lab's checks, from its solution's run and `wrong`: the starter's
    /// report, then every mistake's and counterfeit's.
    static func checkProblems(
        of lab: Lab, solution: LabReport, wrong: [LabReport], solutionDirectory: String
    ) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let declared = lab.mistakes.count + lab.counterfeits.count
        for check in lab.checks {
            let path = lab.checkPath(check.id) ?? "checks"
            let statuses = wrong.map { $0.checks.first { $0.check.id == check.id }?.status }
            if statuses.allSatisfy({ $0 == .passed }) {
                problems.append(
                    .error(
                        "check \"\(check.id)\" passes on the starter and on every declared "
                            + "mistake and counterfeit (\(declared)): nothing shows it can fail",
                        at: lab.location(of: path),
                        hint: "declare a mistake or counterfeit it catches, or drop the check"))
            }
            problems += explanationProblems(
                check, at: path, of: lab, solution: solution, wrong: wrong)
        }
        problems += pointerProblems(of: lab, solutionDirectory: solutionDirectory)
        return problems
    }

    /// An explanation must never be true on the reference answer (it would name a cause that
    /// is not one), and must be true on at least one declared wrong answer the check fails
    /// (else nothing shows it ever fires).
    private static func explanationProblems(
        _ check: Check, at path: String, of lab: Lab, solution: LabReport, wrong: [LabReport]
    ) -> [Diagnostic] {
        func verdict(_ report: LabReport) -> CheckResult? {
            report.checks.first { $0.check.id == check.id }
        }
        let onSolution = Set(verdict(solution)?.expectation?.explanations ?? [])
        var fired = Set<Int>()
        for report in wrong {
            guard let result = verdict(report), result.status == .failed else { continue }
            fired.formUnion(result.expectation?.explanations ?? [])
        }
        var problems: [Diagnostic] = []
        for index in check.explanations.indices {
            let location = lab.location(of: "\(path).explain[\(index)]")
            if onSolution.contains(index) {
                problems.append(
                    .error(
                        "explanation \(index + 1) of check \"\(check.id)\" holds on the reference "
                            + "solution: it would name a cause that is not one",
                        at: location,
                        hint: "bind it to what proves the cause: the event or observation "
                            + "that only a wrong answer shows (all: [...])"))
            } else if !fired.contains(index) {
                problems.append(
                    .error(
                        "explanation \(index + 1) of check \"\(check.id)\" holds on no declared "
                            + "run that fails the check: nothing shows it ever fires",
                        at: location,
                        hint: "declare a mistake it explains (with says: and a phrase of it), "
                            + "or remove the explanation"))
            }
        }
        return problems
    }

    /// A `manifest:` pointer must find its object and field in the reference answer (else it
    /// silently points at an ancestor), and an explanation must not name an object of a kind
    /// the answer writes under a name it does not use (else it can never fire).
    private static func pointerProblems(of lab: Lab, solutionDirectory: String) -> [Diagnostic] {
        let manifests = ManifestLinter().lint(paths: [solutionDirectory])
        var problems: [Diagnostic] = []
        var pointers: [(String, ManifestPointer)] = lab.checks.compactMap { check in
            check.manifest.map { ("\(lab.checkPath(check.id) ?? "checks").manifest", $0) }
        }
        pointers += lab.invariants.enumerated().compactMap { index, invariant in
            invariant.manifest.map { ("invariants[\(index)].manifest", $0) }
        }
        for (path, pointer) in pointers where !manifests.resolves(pointer) {
            let field = pointer.field.map { " \($0)" } ?? ""
            problems.append(
                .error(
                    "manifest pointer \(pointer.object)\(field) is not in the reference "
                        + "solution: students would be pointed at an ancestor of it",
                    at: lab.location(of: path),
                    hint: "point at an object and field the solution writes"))
        }
        let written = Set(manifests.objects.map(\.resource.key))
        let kinds = Set(written.map(\.kind))
        for check in lab.checks {
            let path = lab.checkPath(check.id) ?? "checks"
            for (index, condition) in lab.explanationConditions(of: check.id).enumerated() {
                for reference in condition.namedReferences
                where kinds.contains(reference.kind) && !written.contains(reference.key) {
                    problems.append(
                        .error(
                            "explanation \(index + 1) of check \"\(check.id)\" names "
                                + "\(reference), which the reference solution does not define",
                            at: lab.location(of: "\(path).explain[\(index)]"),
                            hint: "name the object the students write (or find it by meaning: "
                                + "hpa of deployment/order)"))
                }
            }
        }
        return problems
    }
}

extension Lab {
    /// The compiled `explain:` conditions of a check, from the step that runs it.
    func explanationConditions(of id: String) -> [Condition] {
        for step in scenario.steps {
            switch step.action {
            case .expect(let expectation) where expectation.id == id:
                return expectation.explanations
            case .expectTogether(let expectations):
                if let found = expectations.first(where: { $0.id == id }) {
                    return found.explanations
                }
            default:
                continue
            }
        }
        return []
    }
}

extension Condition {
    /// The objects the condition names directly (`deployment/order`, the owner in
    /// `hpa of deployment/order`).
    var namedReferences: [ObjectReferenceText] {
        switch self {
        case .object(.named(let reference), _, _, _): [reference]
        case .object(.related(_, let owner), _, _, _): [owner]
        case .event(let query, _): query.object.map { [$0.anchor] } ?? []
        case .pods(let query, _): query.owner.map { [$0] } ?? []
        case .rolloutComplete(let target), .replaced(let target, _): [target]
        case .all(let conditions): conditions.flatMap(\.namedReferences)
        default: []
        }
    }
}
