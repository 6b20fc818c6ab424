import ClusterSim
public import LabDiagnostics

/// Everything `lab check` found: each check's outcome, the invariants, the student's manifest
/// problems, and the scenario run that produced them.
public struct LabReport: Sendable {
    public var lab: Lab
    /// In the order the scenario ran them.
    public var checks: [CheckResult]
    public var invariants: [InvariantResult]
    /// `lab lint`'s findings on the student's files; with an error, no check runs.
    public var manifestDiagnostics: [Diagnostic]
    /// The run, when the manifests could be applied.
    public var scenario: ScenarioResult?

    /// Scenario problems that are not check results (a wait that timed out, a failed command).
    public var problems: [Diagnostic] {
        (scenario?.diagnostics ?? []).filter { $0.severity == .error }
    }

    public var passed: Bool {
        !manifestDiagnostics.hasErrors && problems.isEmpty
            && checks.allSatisfy { $0.status == .passed } && invariants.allSatisfy(\.passed)
    }

    public var points: Int {
        checks.filter { $0.status == .passed }.reduce(0) { $0 + $1.check.points }
    }

    public var passedCount: Int { checks.filter { $0.status == .passed }.count }
}

/// How one check ended.
public enum CheckStatus: Sendable, Hashable {
    case passed
    case failed
    /// Not run: its prerequisite failed, or the manifests have errors.
    case skipped(reason: SkipReason)
}

/// Why a check was not run.
public enum SkipReason: Sendable, Hashable {
    /// A check it `needs` did not pass.
    case needs(String)
    case invalidManifests
}

/// One check's outcome, with what a student needs to fix it.
public struct CheckResult: Sendable {
    public var check: Check
    public var status: CheckStatus
    /// The scenario's verdict (expected, observed, evidence); nil when skipped.
    public var expectation: ExpectationResult?
    /// Where in the student's files the check's object or field is (or would go).
    public var manifestLocation: SourceLocation?
    /// The check's explanations whose condition held when it failed.
    public var explanations: [LocalizedText]
}

/// One invariant's outcome.
public struct InvariantResult: Sendable {
    public var invariant: Invariant
    public var passed: Bool
    public var expectation: ExpectationResult?
    public var manifestLocation: SourceLocation?
}
