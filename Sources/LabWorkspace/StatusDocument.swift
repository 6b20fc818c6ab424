import Foundation

/// `lab status --json`: the course progress as a versioned document (docs/workspace.md).
///
/// Version 1. Fields are only ever added within a version; a removal or change of meaning bumps
/// `version`.
public struct StatusDocument: Sendable, Codable, Hashable {
    public static let currentVersion = 1

    /// One lab's row of `lab status`.
    public struct LabEntry: Sendable, Codable, Hashable {
        public var id: String
        public var title: String
        /// `not started`, `in progress` or `passed`.
        public var state: String
        public var attempts: Int
        /// The committer time of the first passing check, RFC 3339 in UTC.
        public var firstPass: String?
        public var bestPoints: Int?
        public var maxPoints: Int?
        public var hintsUsed: Int
        public var solutionsViewed: Int
        public var forcedSolutions: Int
    }

    public var version: Int
    public var course: String
    public var courseVersion: String
    public var labkitVersion: String
    /// The workspace's root folder.
    public var workspace: String
    /// The commit HEAD is detached at (the table is the history up to it); absent on a branch.
    public var detachedHead: String?
    public var labs: [LabEntry]

    public init(
        _ progress: CourseProgress, courseVersion: String, labkitVersion: String, workspace: String
    ) {
        let time = ISO8601DateFormatter()
        time.formatOptions = [.withInternetDateTime]
        self.version = Self.currentVersion
        self.course = progress.title
        self.courseVersion = courseVersion
        self.labkitVersion = labkitVersion
        self.workspace = workspace
        self.labs = progress.labs.map { lab in
            LabEntry(
                id: lab.id, title: lab.title, state: lab.state.rawValue, attempts: lab.attempts,
                firstPass: lab.firstPass.map { time.string(from: $0) },
                bestPoints: lab.bestPoints, maxPoints: lab.maxPoints, hintsUsed: lab.hintsUsed,
                solutionsViewed: lab.solutionsViewed, forcedSolutions: lab.forcedSolutions)
        }
    }

    /// Pretty, key-sorted JSON, the same bytes for the same history.
    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
