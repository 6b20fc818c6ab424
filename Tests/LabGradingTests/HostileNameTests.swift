import Foundation
import LabGit
import LabGrading
import LabTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// LabKit cannot commit a file name that is not UTF-8 (its paths are Swift strings), but the
/// git tool can, so a submission may hold one; these tests commit with `git` when it is there.
@Suite(
    "lab grade: file names a student should not be able to use",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/git")))
struct HostileNameTests {
    @Test func aNameThatIsNotUTF8IsSkippedAndFlagged() throws {
        let fixture = try ClassFixture(labs: ["scaling"])
        let script = try fixture.workspace("latin1")
        try script.start(lab: "scaling", files: fixture.solution("scaling"))
        let tree = try #require(script.repository.workTree)
        // "caf\xe9.yaml": Latin-1, not UTF-8.
        let path =
            Array(tree.appendingPathComponent("scaling").path.utf8) + Array("/caf".utf8) + [0xE9]
            + Array(".yaml".utf8) + [0]
        let descriptor = path.map { CChar(bitPattern: $0) }.withUnsafeBufferPointer {
            open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644)
        }
        try #require(descriptor >= 0)
        close(descriptor)
        try Self.git(["add", "-A"], in: tree)
        try Self.git(["commit", "-q", "-m", "a file from an old editor"], in: tree)
        let student = try #require(fixture.grade().student("latin1"))
        #expect(student.flagCodes == ["non-utf8-name"])
        #expect(student.labs.first?.passed == true)
    }

    static func git(_ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments =
            ["-c", "user.name=Student", "-c", "user.email=s@labkit.invalid"] + arguments
        process.currentDirectoryURL = directory
        process.environment = [
            "GIT_AUTHOR_DATE": "2026-11-25T10:00:00+09:00",
            "GIT_COMMITTER_DATE": "2026-11-25T10:00:00+09:00", "HOME": directory.path,
        ]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
    }
}
