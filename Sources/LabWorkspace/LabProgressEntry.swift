public import Foundation

/// One lab's progress as `lab status` shows it, read from the history.
public struct LabProgressEntry: Sendable, Hashable {
    /// Where a student is with a lab.
    public enum State: String, Sendable, Hashable {
        case notStarted = "not started"
        case inProgress = "in progress"
        case passed
    }

    public var id: String
    public var title: String
    public var state: State
    /// Recorded checks.
    public var attempts: Int
    /// The committer time of the first passing check.
    public var firstPass: Date?
    /// The best points of any check, and the lab's total then; nil before the first check.
    public var bestPoints: Int?
    public var maxPoints: Int?
    /// Hints shown and solutions viewed (forced ones counted in `forcedSolutions`).
    public var hintsUsed: Int
    public var solutionsViewed: Int
    public var forcedSolutions: Int

    public init(
        id: String, title: String, state: State, attempts: Int = 0, firstPass: Date? = nil,
        bestPoints: Int? = nil, maxPoints: Int? = nil, hintsUsed: Int = 0,
        solutionsViewed: Int = 0, forcedSolutions: Int = 0
    ) {
        self.id = id
        self.title = title
        self.state = state
        self.attempts = attempts
        self.firstPass = firstPass
        self.bestPoints = bestPoints
        self.maxPoints = maxPoints
        self.hintsUsed = hintsUsed
        self.solutionsViewed = solutionsViewed
        self.forcedSolutions = forcedSolutions
    }
}

/// The course as `lab status` shows it: units in order, each with its labs' progress.
public struct CourseProgress: Sendable, Hashable {
    /// A unit's title and its labs.
    public struct Unit: Sendable, Hashable {
        public var title: String
        public var labs: [LabProgressEntry]
    }

    public var title: String
    public var units: [Unit]

    /// Every lab, in course order.
    public var labs: [LabProgressEntry] { units.flatMap(\.labs) }
}
