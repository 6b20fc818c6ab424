import Foundation
import LabGit
import LabTestSupport
import Testing

@Suite("Work-tree status")
struct StatusTests {
    let sandbox: Sandbox
    let repository: Repository
    let git: GitCLI

    init() throws {
        sandbox = try Sandbox()
        repository = try Repository.create(at: sandbox.url("ws"))
        git = GitCLI(directory: sandbox.url("ws"))
        try sandbox.write("ws/.gitignore", "*.log\n")
        try sandbox.write("ws/labs/hpa/a.yaml", "a\n")
        try sandbox.write("ws/labs/hpa/b.yaml", "b\n")
        try sandbox.write("ws/labs/hpa/c.yaml", "c\n")
        try sandbox.write("ws/notes.md", "notes\n")
        try repository.record(["."], "Start")
    }

    @Test("a freshly committed tree is clean")
    func clean() throws {
        #expect(try repository.status().isEmpty)
    }

    @Test("modified, deleted, untracked and staged files; ignored ones left out")
    func dirty() throws {
        try sandbox.write("ws/labs/hpa/a.yaml", "a, edited\n")
        try sandbox.remove("ws/labs/hpa/b.yaml")
        try sandbox.write("ws/labs/hpa/new.yaml", "new\n")
        try sandbox.write("ws/labs/hpa/debug.log", "ignored\n")
        try sandbox.write("ws/labs/hpa/c.yaml", "c, staged\n")
        try git("add", "labs/hpa/c.yaml")
        try sandbox.write("ws/notes.md", "notes, edited\n")
        let status = try repository.status(under: "labs/hpa")
        #expect(
            status == [
                StatusEntry(path: "labs/hpa/a.yaml", unstaged: .modified),
                StatusEntry(path: "labs/hpa/b.yaml", unstaged: .deleted),
                StatusEntry(path: "labs/hpa/c.yaml", staged: .modified),
                StatusEntry(path: "labs/hpa/new.yaml", unstaged: .added),
            ])
        #expect(status.filter(\.isUntracked).map(\.path) == ["labs/hpa/new.yaml"])
        #expect(try repository.status().map(\.path).contains("notes.md"))
        #expect(try repository.status(under: "labs/rollout").isEmpty)
    }

    @Test("a staged new file and a staged deletion")
    func staged() throws {
        try sandbox.write("ws/labs/hpa/d.yaml", "d\n")
        try git("add", "labs/hpa/d.yaml")
        try git("rm", "-q", "labs/hpa/a.yaml")
        #expect(
            try repository.status() == [
                StatusEntry(path: "labs/hpa/a.yaml", staged: .deleted),
                StatusEntry(path: "labs/hpa/d.yaml", staged: .added),
            ])
    }
}
