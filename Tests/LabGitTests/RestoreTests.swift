import Foundation
import LabGit
import LabTestSupport
import Testing

@Suite("Writing files into the work tree")
struct RestoreTests {
    let sandbox: Sandbox
    let repository: Repository

    init() throws {
        sandbox = try Sandbox()
        repository = try Repository.create(at: sandbox.url("ws"))
    }

    @Test("files are written with their directories and modes, leaving no temporary files")
    func write() throws {
        try sandbox.write("ws/labs/hpa/hpa.yaml", "student's version\n")
        try repository.writeFiles([
            WorkspaceFile(path: "labs/hpa/hpa.yaml", text: "starter\n"),
            WorkspaceFile(path: "labs/hpa/deep/er/run.sh", text: "#!/bin/sh\n", isExecutable: true),
        ])
        #expect(sandbox.read("ws/labs/hpa/hpa.yaml") == "starter\n")
        let attributes = try FileManager.default.attributesOfItem(
            atPath: sandbox.url("ws/labs/hpa/deep/er/run.sh").path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o755)
        let names = try FileManager.default.contentsOfDirectory(
            atPath: sandbox.url("ws/labs/hpa").path)
        #expect(names.sorted() == ["deep", "hpa.yaml"])
    }

    @Test("a symbolic link on the way is refused, so nothing outside the work tree is written")
    func symlinkedParent() throws {
        try FileManager.default.createDirectory(
            at: sandbox.url("outside"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: sandbox.url("ws/labs").path, withDestinationPath: sandbox.url("outside").path)
        #expect(
            throws: WorkspaceError.invalidPath(
                "labs/hpa.yaml", reason: "\"labs\" is a symbolic link")
        ) {
            try repository.writeFiles([WorkspaceFile(path: "labs/hpa.yaml", text: "x")])
        }
        #expect(!sandbox.exists("outside/hpa.yaml"))
    }

    @Test("all paths are checked before anything is written")
    func checkedFirst() throws {
        #expect(throws: WorkspaceError.self) {
            try repository.writeFiles([
                WorkspaceFile(path: "labs/ok.yaml", text: "x"),
                WorkspaceFile(path: "../escape.yaml", text: "x"),
            ])
        }
        #expect(!sandbox.exists("ws/labs/ok.yaml"))
        #expect(!sandbox.exists("escape.yaml"))
    }

    @Test("a file replaces a symbolic link instead of writing through it")
    func replacesLink() throws {
        try sandbox.write("target.txt", "keep\n")
        try FileManager.default.createSymbolicLink(
            atPath: sandbox.url("ws/link.txt").path,
            withDestinationPath: sandbox.url("target.txt").path)
        try repository.writeFiles([WorkspaceFile(path: "link.txt", text: "new\n")])
        #expect(sandbox.read("target.txt") == "keep\n")
        #expect(sandbox.read("ws/link.txt") == "new\n")
    }

    @Test("removed files take their emptied directories with them")
    func remove() throws {
        try sandbox.write("ws/labs/hpa/extra/x.yaml", "x\n")
        try sandbox.write("ws/labs/hpa/keep.yaml", "k\n")
        try repository.removeFiles(["labs/hpa/extra/x.yaml", "labs/hpa/missing.yaml"])
        #expect(!sandbox.exists("ws/labs/hpa/extra"))
        #expect(sandbox.exists("ws/labs/hpa/keep.yaml"))
        #expect(throws: WorkspaceError.self) {
            try repository.removeFiles(["labs/hpa"])
        }
    }

    @Test("AtomicFile replaces a file and creates its directory")
    func atomicFile() throws {
        let url = sandbox.url("a/b/c.txt")
        try AtomicFile.write(Data("one".utf8), to: url)
        try AtomicFile.write(Data("two".utf8), to: url)
        #expect(sandbox.read("a/b/c.txt") == "two")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: sandbox.url("a/b").path) == [
                "c.txt"
            ])
    }
}
