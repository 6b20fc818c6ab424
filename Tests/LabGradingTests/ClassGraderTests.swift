import Foundation
import LabGit
import LabGrading
import LabKit
import LabTestSupport
import Testing

@Suite("lab grade: re-execution, history and flags")
struct ClassGraderTests {
    @Test func aPassingStudentGetsEveryPointAndNoFlag() throws {
        let fixture = try ClassFixture()
        let script = try fixture.checked("alice") { try fixture.solution($0) }
        try script.hint(lab: "scaling", check: "replicas", level: 1)
        let gradebook = fixture.grade()
        let alice = try #require(gradebook.student("alice"))
        #expect(alice.flags == [])
        #expect(alice.points == gradebook.maxPoints)
        #expect(alice.labs.map(\.passed) == [true, true])
        let scaling = try #require(alice.labs.first)
        #expect(scaling.history.attempts == 1)
        #expect(scaling.history.hints == 1)
        #expect(scaling.history.firstPass != nil)
        #expect(alice.commit == (try script.repository.headCommit())?.hex)
        #expect(alice.kind == "repository")
    }

    @Test func aStarterScoresWhatTheStarterScoresWithoutFlags() throws {
        let fixture = try ClassFixture()
        _ = try fixture.checked("bob") { try fixture.starter($0) }
        let bob = try #require(fixture.grade().student("bob"))
        #expect(bob.flags == [])
        #expect(bob.labs.allSatisfy { !$0.passed })
        #expect(bob.points < bob.maxPoints)
        let failed = bob.labs.flatMap(\.checks).filter { $0.status != .passed }
        #expect(!failed.isEmpty && failed.allSatisfy { $0.message != nil })
    }

    @Test func commitsAfterTheDeadlineAreIgnoredAndCounted() throws {
        let fixture = try ClassFixture()
        let script = try fixture.workspace("carol")
        for lab in fixture.labs { try script.start(lab: lab.id, files: fixture.starter(lab.id)) }
        script.time = ClassFixture.deadline.date + 3600
        let solved = try fixture.solution("scaling")
        try script.check(lab: "scaling", files: solved, result: fixture.report("scaling", solved))
        let carol = try #require(fixture.grade().student("carol"))
        #expect(carol.lateCommits == 1)
        #expect(carol.labs.first?.history.lateCommits == 1)
        #expect(carol.labs.first?.passed == false)
        #expect(carol.labs.first?.history.attempts == 0)
        let graded = try #require(carol.commit)
        #expect(graded != (try script.repository.headCommit())?.hex)
    }

    @Test func aForgedResultIsFlaggedNotTrusted() throws {
        let fixture = try ClassFixture(labs: ["scaling"])
        let script = try fixture.workspace("dave")
        try script.start(lab: "scaling", files: fixture.starter("scaling"))
        var forged = try fixture.report("scaling", fixture.solution("scaling"))
        forged.directory = "scaling"
        try script.plainCommit(
            [".lab/results/scaling.json": Data(LabReportText.encode(forged).utf8)],
            message: "done")
        let dave = try #require(fixture.grade().student("dave"))
        #expect(dave.labs.first?.passed == false)
        #expect(dave.flagCodes == ["pass-not-reproduced"])
        #expect(dave.flags.first?.message.contains("not written by lab check") == true)
    }

    @Test func aPassTrailerOnFailingFilesIsFlagged() throws {
        let fixture = try ClassFixture(labs: ["scaling"])
        let script = try fixture.workspace("erin")
        try script.start(lab: "scaling", files: fixture.starter("scaling"))
        // The result of the solution, recorded on the starter's files.
        let claimed = try fixture.report("scaling", fixture.solution("scaling"))
        try script.check(lab: "scaling", files: fixture.starter("scaling"), result: claimed)
        let erin = try #require(fixture.grade().student("erin"))
        #expect(erin.flagCodes == ["pass-not-reproduced"])
        #expect(erin.flags.first?.message.contains("Lab-Result: pass") == true)
    }

    @Test func aStaleResultAfterLaterEditsIsNotAClaim() throws {
        let fixture = try ClassFixture(labs: ["scaling"])
        let script = try fixture.checked("frank") { try fixture.solution($0) }
        try script.plainCommit(
            ["scaling/deployment.yaml": fixture.starter("scaling")["deployment.yaml"]!],
            message: "try something")
        let frank = try #require(fixture.grade().student("frank"))
        #expect(frank.labs.first?.passed == false)
        #expect(frank.flags == [])
    }

    @Test func hostileFilesAreSkippedAndReported() throws {
        let fixture = try ClassFixture(labs: ["scaling"])
        let script = try fixture.workspace("mallory")
        var files = try fixture.solution("scaling")
        files["big.yaml"] = Data(repeating: UInt8(ascii: "#"), count: (1 << 20) + 1)
        files["bomb.yaml"] = Data(Self.aliasBomb.utf8)
        files["lab.yaml"] = Data("id: scaling\n".utf8)
        try script.start(lab: "scaling", files: files)
        let workTree = try #require(script.repository.workTree)
        try FileManager.default.createSymbolicLink(
            atPath: workTree.appendingPathComponent("scaling/passwd.yaml").path,
            withDestinationPath: "/etc/passwd")
        try script.plainCommit([:], message: "add a link")
        let mallory = try #require(fixture.grade().student("mallory"))
        let codes = Set(mallory.flagCodes)
        #expect(
            codes == [
                "file-too-large", "symlink-skipped", "lab-definition-in-submission",
                "manifest-errors",
            ])
        #expect(mallory.labs.first?.passed == false)
        #expect(
            mallory.flags.contains {
                $0.code == .manifestErrors && $0.message.hasPrefix("scaling/bomb.yaml")
            })
    }

    @Test func brokenRepositoriesAreReportedAndOthersStillGraded() throws {
        let fixture = try ClassFixture(labs: ["scaling"])
        _ = try fixture.checked("alice") { try fixture.solution($0) }
        _ = try Repository.create(at: fixture.submissions.appendingPathComponent("empty"))
        try FileManager.default.createDirectory(
            at: fixture.submissions.appendingPathComponent("plain-folder"),
            withIntermediateDirectories: true)
        let stranger = try WorkspaceScript(
            at: fixture.submissions.appendingPathComponent("stranger"), time: ClassFixture.before)
        try stranger.plainCommit(
            ["scaling/deployment.yaml": fixture.solution("scaling")["deployment.yaml"]!],
            message: "my homework")
        let corrupt = try fixture.checked("corrupt") { try fixture.solution($0) }
        try Self.removeObjects(of: corrupt.repository)
        let gradebook = fixture.grade()
        #expect(
            gradebook.students.map(\.id) == [
                "alice", "corrupt", "empty", "plain-folder", "stranger",
            ])
        #expect(gradebook.student("alice")?.flags == [])
        #expect(gradebook.student("empty")?.flagCodes == ["empty-repository"])
        #expect(gradebook.student("plain-folder")?.flagCodes == ["not-a-submission"])
        #expect(gradebook.student("corrupt")?.flagCodes == ["unreadable-repository"])
        let graded = try #require(gradebook.student("stranger"))
        #expect(graded.flagCodes == ["not-a-workspace"])
        #expect(graded.labs.first?.passed == true)
    }

    @Test func aCommitDatedBeforeTheDeadlineOnTopOfALaterOneIsFlagged() throws {
        let fixture = try ClassFixture(labs: ["scaling"])
        let script = try fixture.workspace("rewriter")
        try script.start(lab: "scaling", files: fixture.starter("scaling"))
        script.time = ClassFixture.deadline.date + 86400
        try script.plainCommit(["notes.txt": Data("late\n".utf8)], message: "late")
        script.time = ClassFixture.deadline.date - 60
        let solved = try fixture.solution("scaling")
        try script.check(lab: "scaling", files: solved, result: fixture.report("scaling", solved))
        let student = try #require(fixture.grade().student("rewriter"))
        #expect(student.flagCodes == ["history-rewritten-after-deadline"])
    }

    @Test func aBundleIsGradedLikeItsRepository() throws {
        let fixture = try ClassFixture(labs: ["scaling"])
        let script = try fixture.checked("alice") { try fixture.solution($0) }
        let bundle = fixture.submissions.appendingPathComponent("bundled.bundle")
        _ = try script.repository.exportBundle(to: bundle)
        let gradebook = fixture.grade()
        let alice = try #require(gradebook.student("alice"))
        let bundled = try #require(gradebook.student("bundled"))
        #expect(bundled.kind == "bundle")
        #expect(bundled.labs == alice.labs)
        #expect(bundled.commit == alice.commit)
    }

    @Test func twoSubmissionsOfOneStudentAreBothGradedAndFlagged() throws {
        let fixture = try ClassFixture(labs: ["scaling"])
        let script = try fixture.checked("alice") { try fixture.solution($0) }
        _ = try script.repository.exportBundle(
            to: fixture.submissions.appendingPathComponent("alice.bundle"))
        let gradebook = fixture.grade()
        #expect(gradebook.students.map(\.id) == ["alice", "alice~2"])
        #expect(gradebook.student("alice")?.flags == [])
        #expect(gradebook.student("alice~2")?.flagCodes == ["duplicate-student"])
        #expect(gradebook.student("alice~2")?.points == gradebook.maxPoints)
    }

    @Test func theOutputFolderAmongTheSubmissionsIsNotASubmission() throws {
        let fixture = try ClassFixture(labs: ["scaling"])
        _ = try fixture.workspace("alice")
        let out = fixture.submissions.appendingPathComponent("grades")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let found = SubmissionFinder().find([fixture.submissions.path], excluding: [out])
        #expect(found.submissions.map(\.id) == ["alice"])
        #expect(SubmissionFinder().find([fixture.submissions.path]).submissions.count == 2)
    }

    @Test func gradingIsTheSameWithOneJobOrMany() throws {
        let fixture = try ClassFixture(labs: ["scaling"])
        for name in ["a", "b", "c", "d"] {
            _ = try fixture.checked(name) {
                try name < "c" ? fixture.solution($0) : fixture.starter($0)
            }
        }
        #expect(fixture.grade(jobs: 1) == fixture.grade(jobs: 3))
    }

    @Test func theRosterNamesStudentsAndListsMissingOnes() throws {
        let fixture = try ClassFixture(labs: ["scaling"])
        _ = try fixture.checked("alice") { try fixture.starter($0) }
        let roster = try Roster.parse("name,student_id\nalice,s001\nzoe,s002\n").get()
        let gradebook = fixture.grade(roster: roster)
        #expect(gradebook.students.map(\.id) == ["s001", "s002"])
        #expect(gradebook.student("s001")?.name == "alice")
        #expect(gradebook.student("s002")?.flagCodes == ["no-submission"])
    }

    static let aliasBomb = """
        a: &a ["x","x","x","x","x","x","x","x","x","x"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]

        """

    /// Deletes the loose objects, as a disk failure or a careless copy would.
    static func removeObjects(of repository: Repository) throws {
        let objects = repository.gitDirectory.appendingPathComponent("objects")
        for name in try FileManager.default.contentsOfDirectory(atPath: objects.path)
        where name.count == 2 {
            try FileManager.default.removeItem(at: objects.appendingPathComponent(name))
        }
    }
}

/// `LabReport.encode` for a document decoded or edited in a test.
enum LabReportText {
    static func encode(_ document: LabReportDocument) -> String {
        LabReport.encode(document)
    }
}
