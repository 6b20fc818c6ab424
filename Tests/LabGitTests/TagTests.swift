import Foundation
import LabGit
import LabTestSupport
import Testing

@Suite("Tags")
struct TagTests {
    let sandbox: Sandbox
    let repository: Repository
    let first: ObjectID
    let second: ObjectID

    init() throws {
        sandbox = try Sandbox()
        repository = try Repository.create(at: sandbox.url("ws"))
        try sandbox.write("ws/labs/a.yaml", "a\n")
        first = try #require(try repository.record(["labs"], "First"))
        try sandbox.write("ws/labs/a.yaml", "b\n")
        second = try #require(try repository.record(["labs"], "Second"))
    }

    @Test("a lightweight tag is created once; an existing tag is left where it is")
    func createOnce() throws {
        #expect(try repository.createTag("lab/hpa/passed", at: first))
        #expect(try !repository.createTag("lab/hpa/passed", at: second))
        #expect(try repository.tags() == [TagInfo(name: "lab/hpa/passed", commit: first)])
        let git = GitCLI(directory: sandbox.url("ws"))
        #expect(try git("cat-file", "-t", "lab/hpa/passed") == "commit\n")
    }

    @Test("tags listed by prefix and sorted, annotated ones peeled to their commit")
    func listing() throws {
        try repository.createTag("lab/rollout/passed", at: second)
        try repository.createTag("lab/hpa/passed", at: first)
        try GitCLI(directory: sandbox.url("ws"))("tag", "-a", "-m", "release", "v1", first.hex)
        #expect(
            try repository.tags(withPrefix: "lab/") == [
                TagInfo(name: "lab/hpa/passed", commit: first),
                TagInfo(name: "lab/rollout/passed", commit: second),
            ])
        #expect(try repository.tags(withPrefix: "v") == [TagInfo(name: "v1", commit: first)])
        #expect(try repository.resolve("lab/rollout/passed") == second)
    }

    @Test("names git does not allow are refused")
    func invalidName() throws {
        #expect(
            throws: WorkspaceError.invalidName(
                "bad..name", reason: "git does not allow this tag name")
        ) {
            try repository.createTag("bad..name", at: first)
        }
    }
}
