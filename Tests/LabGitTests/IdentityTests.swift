import Foundation
import LabGit
import LabTestSupport
import Testing

@Suite("Author identity")
struct IdentityTests {
    @Test("user.name and user.email from the repository's config are used when no author is given")
    func repositoryConfig() throws {
        let sandbox = try Sandbox()
        let repository = try Repository.create(at: sandbox.url("ws"))
        let git = GitCLI(directory: sandbox.url("ws"))
        try git("config", "user.name", "Grace <Hopper>")
        try git("config", "user.email", "grace@example.edu")
        #expect(
            try repository.configuredIdentity()
                == Identity(name: "Grace Hopper", email: "grace@example.edu"))
        try sandbox.write("ws/labs/a.yaml", "a\n")
        try repository.commit(
            paths: ["labs"], message: CommitMessage(subject: "S"), clock: fixedClock)
        #expect(
            try git("log", "-1", "--format=%an|%ae|%cn|%ce")
                == "Grace Hopper|grace@example.edu|Grace Hopper|grace@example.edu\n")
    }

    @Test("the fallback is a clearly invalid address")
    func fallback() {
        #expect(
            Identity.fallback == Identity(name: "LabKit Student", email: "student@labkit.invalid"))
    }

    @Test("an explicit author wins, and the clock's offset is recorded")
    func explicitAuthor() throws {
        let sandbox = try Sandbox()
        let repository = try Repository.create(at: sandbox.url("ws"))
        try sandbox.write("ws/labs/a.yaml", "a\n")
        let id = try #require(try repository.record(["labs"], "S"))
        let info = try repository.commitInfo(id)
        #expect(info.author == Signature(name: student.name, email: student.email, time: fixedTime))
        #expect(info.committer == info.author)
        #expect(info.author.time.date == Date(timeIntervalSince1970: 1_700_000_000))
    }
}
