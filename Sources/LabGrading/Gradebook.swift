/// The whole result of `lab grade`: every student's grade, per lab and per check.
///
/// This is `gradebook.json` (schema version 1, docs/grading.md); every other output format is
/// rendered from it, and `lab grade merge` combines the gradebooks of shards. Fields are only
/// added within a version.
public struct Gradebook: Sendable, Codable, Hashable {
    public static let currentVersion = 1

    public var version: Int
    /// The LabKit version that graded.
    public var labkitVersion: String
    /// The course edition the grader's own copy of the labs has (`Labs/course.yaml`).
    public var courseVersion: String
    /// The deadline as given (ISO 8601 with offset); nil grades HEAD.
    public var deadline: String?
    /// The slice this gradebook holds; nil for a whole class or a merge.
    public var shard: GradeShard?
    /// The labs graded, in course order, with their checks.
    public var labs: [GradedLabInfo]
    /// Sorted by student id.
    public var students: [StudentGrade]

    public init(
        labkitVersion: String, courseVersion: String, deadline: String?, shard: GradeShard?,
        labs: [GradedLabInfo], students: [StudentGrade]
    ) {
        version = Self.currentVersion
        self.labkitVersion = labkitVersion
        self.courseVersion = courseVersion
        self.deadline = deadline
        self.shard = shard
        self.labs = labs
        self.students = students
    }

    /// The most points a student can get.
    public var maxPoints: Int { labs.reduce(0) { $0 + $1.maxPoints } }
}

/// A lab as graded: its id, title and checks.
public struct GradedLabInfo: Sendable, Codable, Hashable {
    public var id: String
    public var title: String
    public var maxPoints: Int
    public var checks: [GradedCheckInfo]

    public init(id: String, title: String, maxPoints: Int, checks: [GradedCheckInfo]) {
        self.id = id
        self.title = title
        self.maxPoints = maxPoints
        self.checks = checks
    }
}

/// A check of a graded lab.
public struct GradedCheckInfo: Sendable, Codable, Hashable {
    public var id: String
    public var title: String
    public var maxPoints: Int

    public init(id: String, title: String, maxPoints: Int) {
        self.id = id
        self.title = title
        self.maxPoints = maxPoints
    }
}

/// One student's row: where the submission came from, the commit graded, points and flags.
public struct StudentGrade: Sendable, Codable, Hashable {
    /// From the roster, else the submission's folder or repository name.
    public var id: String
    /// The submission's folder or repository name (without `.git` or `.bundle`).
    public var name: String
    /// The submission path as given on the command line (or found in a folder).
    public var submission: String
    /// `repository`, `bare`, `bundle`, `none` (on the roster, nothing submitted) or `unknown`.
    public var kind: String
    /// The commit graded (the last on HEAD at or before the deadline); nil when none.
    public var commit: String?
    /// That commit's committer time, ISO 8601 with its offset.
    public var commitTime: String?
    public var points: Int
    public var maxPoints: Int
    /// Everything the grader could not take at face value; see docs/grading.md for codes.
    public var flags: [GradeFlag]
    /// One entry per graded lab, in course order.
    public var labs: [LabGrade]
    /// Commits on HEAD after the deadline, ignored.
    public var lateCommits: Int

    public init(
        id: String, name: String, submission: String, kind: String, commit: String? = nil,
        commitTime: String? = nil, points: Int = 0, maxPoints: Int = 0, flags: [GradeFlag] = [],
        labs: [LabGrade] = [], lateCommits: Int = 0
    ) {
        self.id = id
        self.name = name
        self.submission = submission
        self.kind = kind
        self.commit = commit
        self.commitTime = commitTime
        self.points = points
        self.maxPoints = maxPoints
        self.flags = flags
        self.labs = labs
        self.lateCommits = lateCommits
    }
}

/// Something about a submission the grader reports instead of guessing.
public struct GradeFlag: Sendable, Codable, Hashable {
    /// A stable code (`pass-not-reproduced`, `symlink-skipped`, ...), listed in docs/grading.md.
    public var code: Code
    /// The lab concerned; nil for the whole submission.
    public var lab: String?
    /// What was found, in one lowercase line.
    public var message: String

    public init(_ code: Code, lab: String? = nil, _ message: String) {
        self.code = code
        self.lab = lab
        self.message = message
    }

    /// `code [lab]: message`, as the CSV and the text outputs show it.
    public var text: String {
        "\(code)\(lab.map { " [\($0)]" } ?? ""): \(message)"
    }
}

/// One lab of one student: its checks re-executed, and the facts from the history.
public struct LabGrade: Sendable, Codable, Hashable {
    /// How far grading got with a lab, as the gradebooks spell it.
    public enum Status: String, Sendable, Codable, Hashable {
        /// Re-executed to its verdict.
        case graded
        /// No `<lab>/` folder in the graded commit.
        case missing
        /// Stopped at the wall-time limit.
        case timeout
        /// Nothing could be read, or the check crashed.
        case error
    }

    public var lab: String
    public var status: Status
    public var points: Int
    public var maxPoints: Int
    /// Every check passed and every invariant held.
    public var passed: Bool
    public var checks: [CheckGrade]
    public var invariants: [InvariantGrade]
    public var history: LabHistory

    public init(
        lab: String, status: Status, points: Int, maxPoints: Int, passed: Bool,
        checks: [CheckGrade], invariants: [InvariantGrade], history: LabHistory
    ) {
        self.lab = lab
        self.status = status
        self.points = points
        self.maxPoints = maxPoints
        self.passed = passed
        self.checks = checks
        self.invariants = invariants
        self.history = history
    }
}

/// One check's re-executed outcome.
public struct CheckGrade: Sendable, Codable, Hashable {
    /// A check's outcome, as the gradebooks spell it.
    public enum Status: String, Sendable, Codable, Hashable {
        case passed
        case failed
        /// A prerequisite failed, or the manifests have errors.
        case skipped
    }

    public var id: String
    public var status: Status
    public var points: Int
    public var maxPoints: Int
    /// Why it did not pass: the explanation, or expected and observed; nil when passed.
    public var message: String?

    public init(id: String, status: Status, points: Int, maxPoints: Int, message: String?) {
        self.id = id
        self.status = status
        self.points = points
        self.maxPoints = maxPoints
        self.message = message
    }
}

/// One declared invariant's outcome.
public struct InvariantGrade: Sendable, Codable, Hashable {
    public var id: String
    public var title: String
    public var held: Bool
    public var observed: String?

    public init(id: String, title: String, held: Bool, observed: String?) {
        self.id = id
        self.title = title
        self.held = held
        self.observed = observed
    }
}

/// What the history up to the graded commit says about a lab (docs/workspace.md's trailers).
public struct LabHistory: Sendable, Codable, Hashable {
    /// `lab check` commits.
    public var attempts: Int
    /// The committer time of the first `lab check` that recorded a pass (claimed, not trusted).
    public var firstPass: String?
    public var hints: Int
    public var solutionsViewed: Int
    /// Solutions shown before the lab passed (`Lab-Forced: yes`).
    public var solutionsForced: Int
    /// Commits for this lab after the deadline, ignored.
    public var lateCommits: Int

    public init(
        attempts: Int = 0, firstPass: String? = nil, hints: Int = 0, solutionsViewed: Int = 0,
        solutionsForced: Int = 0, lateCommits: Int = 0
    ) {
        self.attempts = attempts
        self.firstPass = firstPass
        self.hints = hints
        self.solutionsViewed = solutionsViewed
        self.solutionsForced = solutionsForced
        self.lateCommits = lateCommits
    }
}

/// Which slice of the class a gradebook holds: `index` of `count`, from 1.
public struct GradeShard: Sendable, Codable, Hashable {
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses `2/4`; nil unless 1 ≤ i ≤ n.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]),
            count >= 1, index >= 1, index <= count
        else { return nil }
        self.init(index: index, count: count)
    }

    /// The elements of `sorted` this shard grades: every `count`-th from position `index - 1`,
    /// so shards stay balanced and the same input always gives the same slice.
    public func slice<T>(_ sorted: [T]) -> [T] {
        sorted.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }
}
