public import Foundation
public import KubeYAML
public import LabKit

/// What `lab grade` grades with: the grader's own course and labs, the deadline, the limits.
public struct GradingPlan: Sendable {
    public var course: Course
    /// The labs to grade, parsed from the grader's copy of the course, in course order.
    public var labs: [Lab]
    /// Nil grades HEAD.
    public var deadline: Deadline?
    public var language: Language
    /// File size, YAML document and alias-expansion limits for submitted manifests.
    public var limits: ManifestLimits
    /// Most files read from one lab folder; the rest are skipped and flagged.
    public var maxFilesPerLab: Int
    /// Most commits read from one history; older ones are ignored and flagged.
    public var maxCommits: Int
    /// Wall time one lab check may take before it is reported as a timeout (the scenario
    /// already bounds its virtual time).
    public var wallTimeLimit: Duration
    /// The LabKit version recorded in the gradebook.
    public var labkitVersion: String
    /// Reuse the outcome of byte-identical lab files graded before (see `OutcomeCache`);
    /// off only to measure what it saves.
    public var reusesIdenticalInputs = true
    /// Where checks run: in this process, or in worker processes that can be killed.
    public var isolation: CheckIsolation = .inProcess

    public init(
        course: Course, labs: [Lab], deadline: Deadline?, language: Language = .en,
        limits: ManifestLimits = .standard, maxFilesPerLab: Int = 200, maxCommits: Int = 20_000,
        wallTimeLimit: Duration = .seconds(60), labkitVersion: String
    ) {
        self.course = course
        self.labs = labs
        self.deadline = deadline
        self.language = language
        self.limits = limits
        self.maxFilesPerLab = maxFilesPerLab
        self.maxCommits = maxCommits
        self.wallTimeLimit = wallTimeLimit
        self.labkitVersion = labkitVersion
    }

    /// The labs as the gradebook lists them.
    public var labInfos: [GradedLabInfo] {
        labs.map { lab in
            GradedLabInfo(
                id: lab.id, title: lab.title.text(in: language), maxPoints: lab.points,
                checks: lab.checks.map {
                    GradedCheckInfo(
                        id: $0.id, title: $0.title.text(in: language), maxPoints: $0.points)
                })
        }
    }
}

/// A deadline: the instant, and the text it was given as (ISO 8601 with a UTC offset).
public struct Deadline: Sendable, Hashable {
    public var date: Date
    public var text: String

    /// A deadline at `date`, shown as `text`.
    public init(date: Date, text: String) {
        self.date = date
        self.text = text
    }

    /// Parses `2026-12-01T23:59:00+09:00` (or `Z`, with optional fractional seconds); nil when
    /// the text is not ISO 8601 or has no offset (a deadline must not depend on the machine's
    /// time zone).
    public init?(_ text: String) {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        var parsed = formatter.date(from: text)
        if parsed == nil {
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            parsed = formatter.date(from: text)
        }
        guard let parsed else { return nil }
        date = parsed
        self.text = text
    }
}
