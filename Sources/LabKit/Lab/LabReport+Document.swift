public import ClusterSim
import Foundation
import KubeModel
public import LabDiagnostics

/// The versioned result of one lab check, as `lab check --json` prints it.
///
/// The workspace's result records and the grader read the same document; docs/lab-format.md
/// describes it. Fields are only added within a version.
public struct LabReportDocument: Sendable, Codable, Hashable {
    public static let currentVersion = 1

    public struct Location: Sendable, Codable, Hashable {
        public var file: String
        public var line: Int
        public var column: Int
    }

    public struct CheckEntry: Sendable, Codable, Hashable {
        public var id: String
        public var title: String
        /// `passed`, `failed` or `skipped`.
        public var status: String
        /// Why a skipped check did not run: `needs:<check id>` or `invalid-manifests`.
        public var skipReason: String?
        public var points: Int
        public var maxPoints: Int
        public var rationale: String
        public var expected: String?
        public var observed: String?
        public var timeMilliseconds: Int64?
        public var evidence: [String]
        public var manifest: Location?
        public var explanations: [String]
        /// The first hint, for a failed check.
        public var hint: String?
    }

    public struct InvariantEntry: Sendable, Codable, Hashable {
        public var id: String
        public var title: String
        public var passed: Bool
        public var observed: String?
        public var manifest: Location?
    }

    public struct TimelineLine: Sendable, Codable, Hashable {
        public var timeMilliseconds: Int64
        public var category: String
        public var subject: String?
        public var text: String
    }

    public var version: Int
    public var lab: String
    public var title: String
    public var language: String
    public var labkitVersion: String
    public var courseVersion: String
    public var directory: String
    public var passed: Bool
    public var points: Int
    public var maxPoints: Int
    public var passedChecks: Int
    public var totalChecks: Int
    public var durationMilliseconds: Int64
    public var checks: [CheckEntry]
    public var invariants: [InvariantEntry]
    /// The student's manifests as `lab lint` sees them (errors stop the checks).
    public var manifestDiagnostics: [Diagnostic]
    /// Scenario errors that are not check results (a wait that timed out).
    public var problems: [Diagnostic]
    public var loads: [LoadReport]
    public var timeline: [TimelineLine]
}

extension LabReport {
    /// The report as a versioned document, text in `language`.
    public func document(
        language: Language, directory: String, labkitVersion: String, courseVersion: String
    ) -> LabReportDocument {
        LabReportDocument(
            version: LabReportDocument.currentVersion, lab: lab.id,
            title: lab.title.text(in: language), language: language.rawValue,
            labkitVersion: labkitVersion, courseVersion: courseVersion, directory: directory,
            passed: passed, points: points, maxPoints: lab.points, passedChecks: passedCount,
            totalChecks: checks.count,
            durationMilliseconds: scenario?.duration.milliseconds ?? 0,
            checks: checks.map { $0.entry(language: language) },
            invariants: invariants.map { $0.entry(language: language) },
            manifestDiagnostics: manifestDiagnostics, problems: problems,
            loads: scenario?.loadReports ?? [],
            timeline: (scenario?.timeline ?? []).map {
                LabReportDocument.TimelineLine(
                    timeMilliseconds: $0.time.milliseconds, category: $0.category.rawValue,
                    subject: $0.subject?.description, text: $0.text)
            })
    }

    /// The document as pretty, key-sorted JSON (stable for diffs and tests).
    public static func encode(_ document: LabReportDocument) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(document)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

extension SourceLocation {
    var documentLocation: LabReportDocument.Location {
        LabReportDocument.Location(file: file, line: line, column: column)
    }
}

extension CheckResult {
    func entry(language: Language) -> LabReportDocument.CheckEntry {
        var status = "passed"
        var skipReason: String?
        switch self.status {
        case .passed: break
        case .failed: status = "failed"
        case .skipped(.needs(let id)):
            status = "skipped"
            skipReason = "needs:\(id)"
        case .skipped(.invalidManifests):
            status = "skipped"
            skipReason = "invalid-manifests"
        }
        let shown = self.status == .skipped(reason: .invalidManifests) ? nil : expectation
        return LabReportDocument.CheckEntry(
            id: check.id, title: check.title.text(in: language), status: status,
            skipReason: skipReason, points: self.status == .passed ? check.points : 0,
            maxPoints: check.points, rationale: check.rationale.text(in: language),
            expected: shown?.expected, observed: shown?.observed,
            timeMilliseconds: shown?.time.milliseconds, evidence: shown?.evidence ?? [],
            manifest: manifestLocation?.documentLocation,
            explanations: explanations.map { $0.text(in: language) },
            hint: self.status == .failed ? check.hints.first?.text(in: language) : nil)
    }
}

extension InvariantResult {
    func entry(language: Language) -> LabReportDocument.InvariantEntry {
        LabReportDocument.InvariantEntry(
            id: invariant.id, title: invariant.title.text(in: language), passed: passed,
            observed: expectation?.observed, manifest: manifestLocation?.documentLocation)
    }
}
