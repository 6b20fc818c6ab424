import Foundation
import LabGrading
import LabTestSupport
import Testing

/// `lab grade` on workspaces `lab` itself wrote (`lab start`, `lab check`), not on ones a
/// test writer made: what the student's commands record is what the grader reads.
@Suite("lab grade on what lab wrote")
struct GradeOwnWorkTests {
    static let labs = ["hpa", "scaling"]

    /// Grades the workspace of `scratch` for `labs` into a fresh folder; the gradebook.
    private func grade(_ scratch: ScratchWorkspace) throws -> Gradebook {
        let out = scratch.root.deletingLastPathComponent().appendingPathComponent("grades")
        let run = try LabBinary.run(
            [
                "grade", scratch.root.path, "--labs", Self.labs.joined(separator: ","), "--out",
                out.path, "--format", "json",
            ],
            environment: scratch.environment)
        #expect(run.status == 0, "\(run.stderr)")
        return try Gradebook.decode(
            Data(contentsOf: out.appendingPathComponent("gradebook.json")))
    }

    @Test func solutionsCheckedWithLabGradeToFullMarksWithoutFlags() throws {
        let scratch = try ScratchWorkspace()
        for lab in Self.labs {
            #expect(try scratch.lab("start", lab).status == 0)
            try scratch.copySolution(lab)
            let check = try scratch.lab("check", lab)
            #expect(check.status == 0, "\(check.stdout)")
        }
        let gradebook = try grade(scratch)
        let student = try #require(gradebook.students.first)
        #expect(gradebook.students.count == 1)
        #expect(student.flags == [])
        #expect(student.maxPoints == 7 + 10)
        #expect(student.points == student.maxPoints)
        #expect(student.labs.map(\.status) == [.graded, .graded])
        #expect(student.labs.map(\.history.attempts) == [1, 1])
        let head = try scratch.git("rev-parse", "HEAD").output
        #expect(student.commit == head.trimmingCharacters(in: .newlines))
    }

    @Test func aDetachedHeadIsGradedAndFlaggedWithTheBranchThatHasNewerWork() throws {
        let scratch = try ScratchWorkspace()
        for lab in Self.labs {
            #expect(try scratch.lab("start", lab).status == 0)
        }
        try scratch.copySolution("hpa")
        #expect(try scratch.lab("check", "hpa").status == 0)
        let main = try scratch.git("rev-parse", "--short", "HEAD").output
            .trimmingCharacters(in: .newlines)
        #expect(try scratch.git("checkout", "-q", "HEAD~1").status == 0)
        let detached = try scratch.git("rev-parse", "--short", "HEAD").output
            .trimmingCharacters(in: .newlines)
        let student = try #require(try grade(scratch).students.first)
        #expect(
            student.flags == [
                GradeFlag(
                    .detachedHead,
                    "HEAD is detached at \(detached) (on no branch); commit \(detached) was "
                        + "graded; branch main has newer commits (up to \(main)), not graded")
            ])
        #expect(student.labs.map(\.passed) == [false, false])
    }

    /// A lab folder committed as a link (by plain git: `lab check` refuses it) is skipped with
    /// the rule, and the lab grades as a folder without files.
    @Test func aLabFolderCommittedAsALinkIsSkippedAsALink() throws {
        let scratch = try ScratchWorkspace()
        #expect(try scratch.lab("start", "hpa").status == 0)
        #expect(try scratch.shell("mv hpa real && ln -s real hpa").status == 0)
        #expect(try scratch.git("add", "-A").status == 0)
        #expect(try scratch.git("commit", "-qm", "link").status == 0)
        let student = try #require(try grade(scratch).students.first)
        let hpa = student.flags.filter { $0.lab == "hpa" }
        #expect(
            hpa.first { $0.code.rawValue == "symlink-skipped" }?.message
                == "symbolic links are not followed: \"hpa\"")
        #expect(!hpa.contains { $0.code.rawValue == "unsafe-path" })
        #expect(student.labs.first?.points == 0)
    }

    /// The symbolic link `lab check` now refuses: committed anyway by plain git, the grader
    /// skips it with the same rule.
    @Test func theGraderSkipsALinkWithTheWordsLabCheckUses() throws {
        let scratch = try ScratchWorkspace()
        #expect(try scratch.lab("start", "hpa").status == 0)
        try scratch.copySolution("hpa")
        try FileManager.default.createSymbolicLink(
            atPath: scratch.url("hpa/notes.yaml").path, withDestinationPath: "order.yaml")
        let check = try scratch.lab("check", "hpa")
        #expect(check.stdout.contains("error: symbolic links are not followed"))
        let student = try #require(try grade(scratch).students.first)
        #expect(
            student.flags.first { $0.code.rawValue == "symlink-skipped" }?.message
                == "symbolic links are not followed: \"hpa/notes.yaml\"")
    }
}
