import Foundation
import LabDiagnostics
import LabKit

/// What re-executing one lab on one set of files gave, independent of who submitted them.
///
/// It holds no paths of the grader's scratch folders, so identical files give identical
/// outcomes (what `OutcomeCache` relies on).
struct LabOutcome: Sendable, Hashable, Codable {
    /// How a check that did not finish ended.
    enum Interruption: String, Sendable, Hashable, Codable {
        /// It ran past the wall-time limit and was stopped.
        case timeout
        /// Its worker process died (out of memory, a crash).
        case crash
    }

    /// Nil when the check ran to its verdict.
    var interruption: Interruption?
    var passed: Bool
    var points: Int
    var checks: [CheckGrade]
    var invariants: [InvariantGrade]
    /// The first manifest or scenario error, `hpa/order.yaml:3:1: message`.
    var firstError: String?
    var errorCount: Int

    /// The message of a check skipped because the student's manifests have errors.
    static let invalidManifests = "skipped: the manifests have errors"

    /// The outcome of a check that did not finish: every check failed with `message`.
    static func interrupted(_ lab: Lab, _ kind: Interruption, message: String) -> LabOutcome {
        LabOutcome(
            interruption: kind, passed: false, points: 0,
            checks: lab.checks.map {
                CheckGrade(
                    id: $0.id, status: .failed, points: 0, maxPoints: $0.points,
                    message: message)
            },
            invariants: [], firstError: nil, errorCount: 0)
    }

    /// Condenses a report (of files named as the submission names them, `hpa/order.yaml`).
    init(_ report: LabReport, language: Language) {
        interruption = nil
        passed = report.passed
        points = report.points
        checks = report.checks.map { result in
            var message: String?
            switch result.status {
            case .passed: message = nil
            case .failed:
                if let explanation = result.explanations.first {
                    message = explanation.text(in: language)
                } else if let verdict = result.expectation {
                    message = "expected \(verdict.expected); observed \(verdict.observed)"
                } else {
                    message = "the check did not run to its verdict"
                }
            case .skipped(.needs(let id)): message = "skipped: needs \(id)"
            case .skipped(.invalidManifests): message = Self.invalidManifests
            }
            let status: CheckGrade.Status =
                switch result.status {
                case .passed: .passed
                case .failed: .failed
                case .skipped: .skipped
                }
            return CheckGrade(
                id: result.check.id, status: status,
                points: result.status == .passed ? result.check.points : 0,
                maxPoints: result.check.points, message: message)
        }
        invariants = report.invariants.map {
            InvariantGrade(
                id: $0.invariant.id, title: $0.invariant.title.text(in: language),
                held: $0.passed, observed: $0.expectation?.observed)
        }
        let errors = (report.manifestDiagnostics + report.problems).filter {
            $0.severity == .error
        }
        errorCount = errors.count
        firstError = errors.first.map { diagnostic in
            let place = diagnostic.location.map { "\($0.file):\($0.line):\($0.column): " } ?? ""
            return place + diagnostic.message
        }
    }

    init(
        interruption: Interruption?, passed: Bool, points: Int, checks: [CheckGrade],
        invariants: [InvariantGrade], firstError: String?, errorCount: Int
    ) {
        self.interruption = interruption
        self.passed = passed
        self.points = points
        self.checks = checks
        self.invariants = invariants
        self.firstError = firstError
        self.errorCount = errorCount
    }
}
