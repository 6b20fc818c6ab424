public import LabKit

extension GradeFlag {
    /// A flag's stable code, as gradebooks spell it (docs/grading.md lists them).
    ///
    /// A type rather than a string, so a misspelt code does not compile; gradebooks written by
    /// other LabKit versions still read (`lab grade merge`), whatever codes they hold.
    public struct Code: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public var description: String { rawValue }

        public init(from decoder: any Decoder) throws {
            self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        /// The file rule's own code (`symlink-skipped`, `file-too-large`, ...).
        public init(_ refusal: LabFileRules.Refusal) {
            self.init(rawValue: refusal.rawValue)
        }

        // The submission.
        public static let noSubmission = Code(rawValue: "no-submission")
        public static let notASubmission = Code(rawValue: "not-a-submission")
        public static let duplicateStudent = Code(rawValue: "duplicate-student")
        public static let unreadableRepository = Code(rawValue: "unreadable-repository")
        public static let emptyRepository = Code(rawValue: "empty-repository")
        public static let detachedHead = Code(rawValue: "detached-head")
        public static let noCommitBeforeDeadline = Code(rawValue: "no-commit-before-deadline")
        public static let historyTruncated = Code(rawValue: "history-truncated")
        public static let historyRewrittenAfterDeadline = Code(
            rawValue: "history-rewritten-after-deadline")
        public static let datesOutOfOrder = Code(rawValue: "dates-out-of-order")
        public static let notAWorkspace = Code(rawValue: "not-a-workspace")
        public static let courseVersionMismatch = Code(rawValue: "course-version-mismatch")
        // A lab.
        public static let missingLab = Code(rawValue: "missing-lab")
        public static let solutionViewedBeforePass = Code(rawValue: "solution-viewed-before-pass")
        public static let instructionsEdited = Code(rawValue: "instructions-edited")
        public static let unreadableFile = Code(rawValue: "unreadable-file")
        public static let checkTimeout = Code(rawValue: "check-timeout")
        public static let checkCrashed = Code(rawValue: "check-crashed")
        public static let manifestErrors = Code(rawValue: "manifest-errors")
        public static let invariantBroken = Code(rawValue: "invariant-broken")
        public static let passNotReproduced = Code(rawValue: "pass-not-reproduced")
    }
}
