import Foundation
import LabGit
import LabTestSupport
import Testing

@Suite("Changes between commits")
struct DiffTests {
    let sandbox: Sandbox
    let repository: Repository
    let first: ObjectID
    let second: ObjectID

    init() throws {
        sandbox = try Sandbox()
        repository = try Repository.create(at: sandbox.url("ws"))
        try sandbox.write("ws/labs/hpa/a.yaml", "one\ntwo\nthree\n")
        try sandbox.write("ws/labs/hpa/b.yaml", "gone\n")
        try sandbox.write("ws/labs/hpa/old.yaml", "moved\nunchanged\ncontent\nhere\n")
        try sandbox.write("ws/notes.md", "notes\n")
        first = try #require(try repository.record(["."], "First"))
        try sandbox.write("ws/labs/hpa/a.yaml", "one\n2\nthree\nfour\nfive\n")
        try sandbox.remove("ws/labs/hpa/b.yaml")
        try sandbox.remove("ws/labs/hpa/old.yaml")
        try sandbox.write("ws/labs/hpa/new.yaml", "moved\nunchanged\ncontent\nhere\n")
        try FileManager.default.createDirectory(
            at: sandbox.url("ws/labs/hpa/img"), withIntermediateDirectories: true)
        try Data([0, 1, 2, 0, 255]).write(to: sandbox.url("ws/labs/hpa/img/logo.bin"))
        try sandbox.write("ws/notes.md", "notes, more\n")
        second = try #require(try repository.record(["."], "Second"))
    }

    @Test("added, modified, deleted, renamed and binary files with line counts")
    func changesInCommit() throws {
        let changes = try repository.changes(in: second, under: "labs/hpa")
        #expect(
            changes == [
                FileChange(
                    path: "labs/hpa/a.yaml", kind: .modified, linesAdded: 3, linesRemoved: 1),
                FileChange(path: "labs/hpa/b.yaml", kind: .deleted, linesAdded: 0, linesRemoved: 1),
                FileChange(
                    path: "labs/hpa/img/logo.bin", kind: .added, linesAdded: 0, linesRemoved: 0,
                    isBinary: true),
                FileChange(
                    path: "labs/hpa/new.yaml", oldPath: "labs/hpa/old.yaml", kind: .renamed,
                    linesAdded: 0, linesRemoved: 0),
            ])
        let git = GitCLI(directory: sandbox.url("ws"))
        #expect(
            try git("diff", "--numstat", "-M", first.hex, second.hex, "--", "labs/hpa")
                == """
                3\t1\tlabs/hpa/a.yaml
                0\t1\tlabs/hpa/b.yaml
                -\t-\tlabs/hpa/img/logo.bin
                0\t0\tlabs/hpa/{old.yaml => new.yaml}

                """)
    }

    @Test("the whole tree when no prefix is given, and everything added for a root commit")
    func rootAndWholeTree() throws {
        #expect(try repository.changes(in: second).map(\.path).contains("notes.md"))
        let root = try repository.changes(in: first)
        #expect(root.allSatisfy { $0.kind == .added })
        #expect(
            root.map(\.path) == [
                "labs/hpa/a.yaml", "labs/hpa/b.yaml", "labs/hpa/old.yaml", "notes.md",
            ])
        #expect(root.first?.linesAdded == 3)
    }

    @Test("between any two commits, and nothing between a commit and itself")
    func between() throws {
        #expect(
            try repository.changes(from: first, to: second, under: "notes.md") == [
                FileChange(path: "notes.md", kind: .modified, linesAdded: 1, linesRemoved: 1)
            ])
        #expect(try repository.changes(from: second, to: second).isEmpty)
    }
}
