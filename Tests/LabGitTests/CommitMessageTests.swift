import Foundation
import LabGit
import LabTestSupport
import Testing

@Suite("Commit messages and trailers")
struct CommitMessageTests {
    @Test("subject, body and trailers render in git's layout")
    func rendering() throws {
        let message = CommitMessage(
            subject: "  Check lab hpa ", body: "\nThe HPA scaled to 3.\n\n",
            trailers: [Trailer("Lab", "hpa"), Trailer("Lab-Result", " pass 5/5 ")])
        #expect(
            try message.rendered()
                == "Check lab hpa\n\nThe HPA scaled to 3.\n\nLab: hpa\nLab-Result: pass 5/5\n")
        #expect(try CommitMessage(subject: "Only a subject").rendered() == "Only a subject\n")
        #expect(
            try CommitMessage(subject: "S", trailers: [Trailer("Lab", "x")]).rendered()
                == "S\n\nLab: x\n")
    }

    @Test("bad subjects and trailers are refused with the reason")
    func invalid() {
        #expect(throws: WorkspaceError.invalidMessage(reason: "the subject is empty")) {
            try CommitMessage(subject: "  ").rendered()
        }
        #expect(throws: WorkspaceError.invalidMessage(reason: "the subject must be a single line"))
        {
            try CommitMessage(subject: "two\nlines").rendered()
        }
        #expect(
            throws: WorkspaceError.invalidMessage(
                reason: "trailer key \"Lab Result\" must be letters, digits and dashes")
        ) {
            try CommitMessage(subject: "S", trailers: [Trailer("Lab Result", "x")]).rendered()
        }
        #expect(
            throws: WorkspaceError.invalidMessage(
                reason: "the value of trailer \"Lab\" must be a single line")
        ) {
            try CommitMessage(subject: "S", trailers: [Trailer("Lab", "a\nb")]).rendered()
        }
    }

    @Test("trailers round-trip through a commit, and git reads the same ones")
    func trailersRoundTrip() throws {
        let sandbox = try Sandbox()
        let repository = try Repository.create(at: sandbox.url("ws"))
        try sandbox.write("ws/labs/hpa/hpa.yaml", "kind: HorizontalPodAutoscaler\n")
        let trailers = [
            Trailer("Lab", "hpa"), Trailer("Lab-Result", "pass 5/5"), Trailer("Lab-Attempt", "3"),
        ]
        let id = try #require(
            try repository.commit(
                paths: ["labs/hpa"],
                message: CommitMessage(
                    subject: "Check lab hpa", body: "All checks passed.", trailers: trailers),
                author: student, clock: fixedClock))
        let info = try repository.commitInfo(id)
        #expect(info.trailers == trailers)
        #expect(info.trailers.value(for: "lab-result") == "pass 5/5")
        #expect(info.subject == "Check lab hpa")
        #expect(info.message.hasPrefix("Check lab hpa\n\nAll checks passed.\n\nLab: hpa\n"))
        let git = GitCLI(directory: sandbox.url("ws"))
        #expect(
            try git("log", "-1", "--format=%(trailers:key=Lab-Result,valueonly)")
                == "pass 5/5\n\n")
    }
}
