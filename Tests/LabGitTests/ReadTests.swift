import Foundation
import LabGit
import LabTestSupport
import Testing

@Suite("Reading files from a commit")
struct ReadTests {
    let sandbox: Sandbox
    let repository: Repository
    let commit: ObjectID

    init() throws {
        sandbox = try Sandbox()
        repository = try Repository.create(at: sandbox.url("ws"))
        try sandbox.write("ws/labs/hpa/hpa.yaml", "kind: HorizontalPodAutoscaler\n")
        try sandbox.write("ws/labs/hpa/run.sh", "#!/bin/sh\n")
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o755], ofItemAtPath: sandbox.url("ws/labs/hpa/run.sh").path)
        try FileManager.default.createSymbolicLink(
            atPath: sandbox.url("ws/labs/hpa/secret").path, withDestinationPath: "/etc/passwd")
        try sandbox.write("ws/labs/hpa.other/x.yaml", "x\n")
        try sandbox.write("ws/labs/big.txt", String(repeating: "x", count: 2_000))
        commit = try #require(try repository.record(["labs"], "Files"))
        // The work tree moves on; reads come from the commit.
        try sandbox.write("ws/labs/hpa/hpa.yaml", "changed\n")
    }

    @Test("files under a prefix, with kinds and sizes, in byte order")
    func listing() throws {
        let files = try repository.files(at: commit, under: "labs/hpa")
        #expect(files.map(\.path) == ["labs/hpa/hpa.yaml", "labs/hpa/run.sh", "labs/hpa/secret"])
        #expect(files.map(\.kind) == [.file, .executable, .symlink])
        #expect(files.map(\.size) == [30, 10, 11])
        #expect(
            try repository.files(at: commit).map(\.path) == [
                "labs/big.txt", "labs/hpa.other/x.yaml", "labs/hpa/hpa.yaml", "labs/hpa/run.sh",
                "labs/hpa/secret",
            ])
        #expect(try repository.files(at: commit, under: "labs/hpa/hpa.yaml").count == 1)
        #expect(try repository.files(at: commit, under: "labs/none").isEmpty)
    }

    @Test("a file's contents as committed")
    func fileContents() throws {
        let content = try repository.contents(of: "labs/hpa/hpa.yaml", at: commit)
        #expect(content == .file(Data("kind: HorizontalPodAutoscaler\n".utf8), isExecutable: false))
        #expect(
            try repository.contents(of: "labs/hpa/run.sh", at: commit)
                == .file(Data("#!/bin/sh\n".utf8), isExecutable: true))
    }

    @Test("a symbolic link is reported as one and never followed")
    func symlink() throws {
        let content = try repository.contents(of: "labs/hpa/secret", at: commit)
        #expect(content == .symlink(target: "/etc/passwd"))
        #expect(content.data == nil)
    }

    @Test("size limit, missing paths and directories")
    func failures() throws {
        #expect(throws: WorkspaceError.tooLarge(path: "labs/big.txt", size: 2_000, limit: 1_000)) {
            try repository.contents(of: "labs/big.txt", at: commit, maxBytes: 1_000)
        }
        #expect(try repository.contents(of: "labs/big.txt", at: commit).data?.count == 2_000)
        #expect(throws: WorkspaceError.pathNotFound("labs/nope.yaml", commit: commit)) {
            try repository.contents(of: "labs/nope.yaml", at: commit)
        }
        #expect(throws: WorkspaceError.notAFile("labs/hpa", commit: commit)) {
            try repository.contents(of: "labs/hpa", at: commit)
        }
    }
}
