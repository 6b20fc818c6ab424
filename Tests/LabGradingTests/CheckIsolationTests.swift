import Foundation
import LabGrading
import LabTestSupport
import Testing

/// Worker processes that misbehave cost only their check (the real worker, `lab grade worker`,
/// is exercised from the built binary in GradeCommandTests).
@Suite("lab grade: checks in worker processes")
struct CheckIsolationTests {
    static func grade(worker script: String, limit: Duration) throws -> StudentGrade {
        let fixture = try ClassFixture(labs: ["scaling"])
        _ = try fixture.checked("alice") { try fixture.solution($0) }
        var plan = fixture.plan()
        plan.wallTimeLimit = limit
        plan.isolation = .workerProcess(
            executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", script])
        let found = SubmissionFinder().find([fixture.submissions.path])
        let gradebook = ClassGrader(
            plan: plan, jobs: 1, scratch: fixture.folder.appendingPathComponent("scratch")
        ).grade(found.submissions).gradebook
        return try #require(gradebook.students.first)
    }

    @Test func aWorkerThatDiesIsACrashOnThatLabOnly() throws {
        let alice = try Self.grade(worker: "exit 3", limit: .seconds(60))
        #expect(alice.flags.map(\.code.rawValue) == ["check-crashed"])
        #expect(
            alice.flags.first?.message
                == "the check worker died (status 3): out of memory or crashed")
        #expect(alice.labs.first?.status == .error)
        #expect(alice.points == 0)
    }

    @Test func aWorkerThatNeverAnswersIsStoppedAtTheLimit() throws {
        // Reads requests and never answers: only the wall-time limit ends the wait.
        let alice = try Self.grade(worker: "exec sleep 600", limit: .milliseconds(300))
        #expect(alice.flags.map(\.code.rawValue) == ["check-timeout"])
        #expect(alice.labs.first?.status == .timeout)
        #expect(alice.flags.first?.message == "the lab check took more than 0.3 s of wall time")
    }

    @Test func anUnreadableAnswerIsACrash() throws {
        let alice = try Self.grade(
            worker: "read line; echo not-json; exec sleep 600", limit: .seconds(60))
        #expect(alice.flags.map(\.code.rawValue) == ["check-crashed"])
        #expect(alice.flags.first?.message == "the check worker gave an unreadable answer")
    }
}
