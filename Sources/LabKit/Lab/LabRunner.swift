import ClusterSim
import Foundation
import KubeModel
public import KubeYAML
import LabDiagnostics

/// Checks a student's files against a lab: lints them as `lab lint` does, replays the lab's
/// scenario on a fresh simulated cluster, and turns its expectations into check results.
public struct LabRunner: Sendable {
    public var limits: ManifestLimits

    public init(limits: ManifestLimits = .standard) {
        self.limits = limits
    }

    /// The one route from a student's files to a report, whatever they were read from.
    ///
    /// The files' own problems (the file rules' refusals) come first: with an error nothing
    /// runs. Then the files are linted once, and the scenario applies objects from that parse.
    public func run(_ lab: Lab, files: StudentFiles) -> LabReport {
        guard !files.diagnostics.hasErrors else {
            return LabReport.notRun(lab, manifestDiagnostics: files.diagnostics)
        }
        let student = StudentManifests(files, loader: ManifestLoader(limits: limits))
        let manifests = student.folder
        let diagnostics =
            manifests.diagnostics.filter { $0.severity != .note }
            + AppliedFiles(scenario: lab.scenario, files: files).problems(given: manifests)
            + NamedObjects(scenario: lab.scenario).problems(given: manifests)
            + ClusterCapacity(scenario: lab.scenario).problems(given: manifests)
        let reported = (files.diagnostics + diagnostics).sortedByLocation()
        guard !diagnostics.hasErrors else {
            return LabReport.notRun(lab, manifestDiagnostics: reported)
        }
        var result = ScenarioRunner(student: student).run(lab.scenario)
        result.diagnostics = result.diagnostics.map {
            inStudentTerms($0, lab: lab, studentDirectory: files.root)
        }
        var verdicts: [String: ExpectationResult] = [:]
        for expectation in result.expectations {
            if let id = expectation.id { verdicts[id] = expectation }
        }
        var checks: [CheckResult] = []
        for check in lab.checks {
            checks.append(
                outcome(of: check, verdict: verdicts[check.id], earlier: checks, in: manifests))
        }
        let invariants = lab.invariants.map { invariant in
            let verdict = verdicts[invariant.expectationID]
            return InvariantResult(
                invariant: invariant, passed: verdict?.passed ?? false, expectation: verdict,
                manifestLocation: invariant.manifest.flatMap { manifests.location(of: $0) })
        }
        return LabReport(
            lab: lab, checks: checks, invariants: invariants, manifestDiagnostics: reported,
            scenario: result)
    }

    private func outcome(
        of check: Check, verdict: ExpectationResult?, earlier: [CheckResult],
        in manifests: ManifestSet
    ) -> CheckResult {
        // A check whose prerequisite did not pass is skipped, not failed (check50's rule).
        if let missing = check.needs.first(where: { need in
            earlier.first { $0.check.id == need }?.status != .passed
        }) {
            return CheckResult(
                check: check, status: .skipped(reason: .needs(missing)), expectation: verdict,
                explanations: [])
        }
        let passed = verdict?.passed ?? false
        var condensed = verdict
        condensed?.evidence = Self.condensed(verdict?.evidence ?? [])
        return CheckResult(
            check: check, status: passed ? .passed : .failed, expectation: condensed,
            manifestLocation: check.manifest.flatMap { manifests.location(of: $0) },
            explanations: passed
                ? [] : (verdict?.explanations ?? []).map { check.explanations[$0] })
    }
}

extension LabReport {
    /// The report of a lab whose files were refused before anything ran: every check is
    /// skipped as not run, with the problems that stopped it.
    static func notRun(_ lab: Lab, manifestDiagnostics: [Diagnostic]) -> LabReport {
        LabReport(
            lab: lab,
            checks: lab.checks.map {
                CheckResult(
                    check: $0, status: .skipped(reason: .invalidManifests), explanations: [])
            },
            invariants: [], manifestDiagnostics: manifestDiagnostics, scenario: nil)
    }
}

extension LabRunner {
    /// A problem of the run located in the course's own files (a step of the lab that failed,
    /// such as `kubectl expose deploy order` when the student named the Deployment otherwise)
    /// is said in the student's terms: which step of the lab, what it answered, and no pointer
    /// into a file the student cannot change.
    func inStudentTerms(_ diagnostic: Diagnostic, lab: Lab, studentDirectory: String)
        -> Diagnostic
    {
        guard let location = diagnostic.location,
            !location.file.hasPrefix(studentDirectory + "/"),
            location.file == lab.scenario.file
                || (!lab.directory.isEmpty && location.file.hasPrefix(lab.directory + "/"))
        else { return diagnostic }
        var moved = diagnostic
        moved.location = nil
        moved.sourceLine = nil
        if let step = lab.scenario.steps.first(where: { $0.location == location }) {
            moved.message = "the lab's step \"\(step.summary)\" failed: \(diagnostic.message)"
        }
        if moved.hint == nil {
            moved.hint =
                "the lab runs its steps on the objects your files define, by the starter's "
                + "names: compare your files with the starter (lab reset keeps yours in history)"
        }
        return moved
    }

    /// Evidence with repeated lines folded into their last occurrence, as `kubectl describe`
    /// folds repeated events: `... (x3)`.
    public static func condensed(_ lines: [String]) -> [String] {
        func body(_ line: String) -> Substring {
            guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else {
                return line[...]
            }
            return line[line.index(after: close)...]
        }
        var result: [String] = []
        for (index, line) in lines.enumerated() {
            let text = body(line)
            if lines[(index + 1)...].contains(where: { body($0) == text }) { continue }
            let count = lines[..<index].filter { body($0) == text }.count + 1
            result.append(count > 1 ? "\(line) (x\(count))" : line)
        }
        return result
    }
}
