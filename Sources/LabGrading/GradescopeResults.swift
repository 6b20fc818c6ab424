public import Foundation

/// One student's `results.json` in the shape of Gradescope's autograder specification.
///
/// Gradescope reads `score`, `max_score`, `output`, `visibility`, `stdout_visibility` and
/// `tests` (each with `name`, `score`, `max_score`, `status`, `output`, `visibility`); the
/// grader's flags go in the top-level `output` and in `extra_data`.
public struct GradescopeResults: Sendable, Codable, Hashable {
    public struct Test: Sendable, Codable, Hashable {
        public var name: String
        public var number: String
        public var score: Double
        public var maxScore: Double
        /// `passed` or `failed`.
        public var status: String
        public var output: String
        public var visibility: String
        public var tags: [String]

        enum CodingKeys: String, CodingKey {
            case name, number, score, status, output, visibility, tags
            case maxScore = "max_score"
        }
    }

    /// Grader facts Gradescope keeps but does not show.
    public struct Extra: Sendable, Codable, Hashable {
        public var studentID: String
        public var commit: String?
        public var commitTime: String?
        public var flags: [GradeFlag]

        enum CodingKeys: String, CodingKey {
            case flags
            case studentID = "student_id"
            case commit
            case commitTime = "commit_time"
        }
    }

    public var score: Double
    public var maxScore: Double
    public var output: String
    public var visibility: String
    public var stdoutVisibility: String
    public var tests: [Test]
    public var extraData: Extra

    enum CodingKeys: String, CodingKey {
        case score, output, visibility, tests
        case maxScore = "max_score"
        case stdoutVisibility = "stdout_visibility"
        case extraData = "extra_data"
    }

    /// The results of `student` in `gradebook`.
    public init(student: StudentGrade, in gradebook: Gradebook) {
        score = Double(student.points)
        maxScore = Double(student.maxPoints)
        var lines = ["Graded commit: \(student.commit ?? "none") \(student.commitTime ?? "")"]
        if !student.flags.isEmpty {
            lines.append("Flags:")
            lines += student.flags.map { "- \($0.text)" }
        }
        output = lines.joined(separator: "\n")
        visibility = "visible"
        stdoutVisibility = "hidden"
        var tests: [Test] = []
        for lab in gradebook.labs {
            let graded = student.labs.first { $0.lab == lab.id }
            for (index, check) in lab.checks.enumerated() {
                let result = graded?.checks.first { $0.id == check.id }
                tests.append(
                    Test(
                        name: "\(lab.id): \(check.title)", number: "\(lab.id).\(index + 1)",
                        score: Double(result?.points ?? 0), maxScore: Double(check.maxPoints),
                        status: result?.status == .passed ? "passed" : "failed",
                        output: result?.message ?? (result == nil ? "not graded" : ""),
                        visibility: "visible", tags: [lab.id, check.id]))
            }
        }
        self.tests = tests
        extraData = Extra(
            studentID: student.id, commit: student.commit, commitTime: student.commitTime,
            flags: student.flags)
    }

    public func jsonData() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)) ?? Data("{}".utf8)) + Data("\n".utf8)
    }
}
