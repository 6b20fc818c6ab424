import Foundation
import LabGit
import LabTestSupport
import Testing

@Suite("Committing selected paths")
struct CommitTests {
    let sandbox: Sandbox
    let repository: Repository
    let git: GitCLI

    init() throws {
        sandbox = try Sandbox()
        repository = try Repository.create(at: sandbox.url("ws"))
        git = GitCLI(directory: sandbox.url("ws"))
    }

    @Test("the first commit on an unborn branch creates main, and git sees a clean, valid repo")
    func firstCommit() throws {
        try sandbox.write("ws/labs/hpa/hpa.yaml", "kind: HorizontalPodAutoscaler\n")
        let id = try #require(try repository.record(["labs/hpa"], "Start lab hpa"))
        #expect(try repository.head() == .branch(name: "main", commit: id))
        #expect(try git("rev-parse", "HEAD") == id.hex + "\n")
        #expect(try git("status", "--porcelain") == "")
        #expect(try git("ls-tree", "-r", "--name-only", "HEAD") == "labs/hpa/hpa.yaml\n")
        #expect(
            try git("log", "--format=%an <%ae> %at %ai%n%B") == """
                Ada Student <ada@example.edu> 1700000000 2023-11-15 00:13:20 +0200
                Start lab hpa


                """)
        try git("fsck", "--strict")
    }

    @Test("with a fixed time the commit id equals the one `git commit-tree` computes")
    func idMatchesPlainGit() throws {
        try sandbox.write("ws/labs/hpa/hpa.yaml", "kind: HorizontalPodAutoscaler\n")
        let first = try #require(try repository.record(["labs/hpa"], "Start lab hpa"))
        try sandbox.write("ws/labs/hpa/hpa.yaml", "kind: HorizontalPodAutoscaler\nspec: {}\n")
        let message = CommitMessage(
            subject: "Check lab hpa", body: "Two checks failed.",
            trailers: [Trailer("Lab", "hpa"), Trailer("Lab-Result", "fail 3/5")])
        let second = try #require(
            try repository.commit(
                paths: ["labs/hpa"], message: message, author: student, clock: fixedClock))
        try sandbox.write("message.txt", try message.rendered())
        let environment = [
            "GIT_AUTHOR_NAME": student.name, "GIT_AUTHOR_EMAIL": student.email,
            "GIT_COMMITTER_NAME": student.name, "GIT_COMMITTER_EMAIL": student.email,
            "GIT_AUTHOR_DATE": "1700000000 +0200", "GIT_COMMITTER_DATE": "1700000000 +0200",
        ]
        let expected = try git(
            "commit-tree", "\(second.hex)^{tree}", "-p", first.hex, "-F",
            sandbox.url("message.txt").path, environment: environment)
        #expect(expected == second.hex + "\n")
    }

    @Test("only the given paths are committed; the student's other changes stay as they were")
    func otherChangesSurvive() throws {
        try sandbox.write("ws/labs/hpa/a.yaml", "a: 1\n")
        try sandbox.write("ws/notes/todo.txt", "todo\n")
        try sandbox.write("ws/other/b.txt", "b\n")
        try repository.record(["."], "Initial")
        // Unstaged, staged and untracked changes outside the lab, and changes inside it.
        try sandbox.write("ws/notes/todo.txt", "todo, edited\n")
        try sandbox.write("ws/other/b.txt", "b, staged\n")
        try git("add", "other/b.txt")
        try sandbox.write("ws/scratch.txt", "untracked\n")
        try sandbox.write("ws/labs/hpa/a.yaml", "a: 2\n")
        try sandbox.write("ws/labs/hpa/new.yaml", "new: true\n")
        try git("add", "labs/hpa/a.yaml")
        try sandbox.write("ws/labs/hpa/a.yaml", "a: 3\n")

        try repository.record(["labs/hpa"], "Check lab hpa")

        #expect(
            try git("show", "--name-status", "--format=", "HEAD")
                == "M\tlabs/hpa/a.yaml\nA\tlabs/hpa/new.yaml\n")
        #expect(try git("show", "HEAD:labs/hpa/a.yaml") == "a: 3\n")
        #expect(
            try git("status", "--porcelain")
                == " M notes/todo.txt\nM  other/b.txt\n?? scratch.txt\n")
        #expect(try git("diff", "--cached", "other/b.txt").contains("+b, staged"))
        #expect(sandbox.read("ws/notes/todo.txt") == "todo, edited\n")
        #expect(sandbox.read("ws/scratch.txt") == "untracked\n")
    }

    @Test("deleted files, and whole deleted directories, leave the tree")
    func deletionsAreCommitted() throws {
        try sandbox.write("ws/labs/hpa/a.yaml", "a\n")
        try sandbox.write("ws/labs/hpa/b.yaml", "b\n")
        try sandbox.write("ws/labs/hpa/extra/c.yaml", "c\n")
        try repository.record(["labs/hpa"], "Start")
        try sandbox.remove("ws/labs/hpa/b.yaml")
        try sandbox.remove("ws/labs/hpa/extra")
        try repository.record(["labs/hpa"], "Remove")
        #expect(try git("ls-tree", "-r", "--name-only", "HEAD") == "labs/hpa/a.yaml\n")
        #expect(try git("status", "--porcelain") == "")
    }

    @Test("nothing changed means no commit, unless an empty commit is asked for")
    func unchangedIsSkipped() throws {
        #expect(try repository.record(["labs"], "Nothing yet") == nil)
        try sandbox.write("ws/labs/a.yaml", "a\n")
        let first = try #require(try repository.record(["labs"], "First"))
        #expect(try repository.record(["labs"], "Again") == nil)
        let empty = try #require(try repository.record(["labs"], "Again", allowEmpty: true))
        #expect(try repository.commitInfo(empty).parents == [first])
        #expect(
            try git("rev-parse", "\(empty.hex)^{tree}")
                == (try git("rev-parse", "\(first.hex)^{tree}")))
    }

    @Test("a commit the student made with plain git becomes the parent, and its files stay")
    func plainGitCommitIsRespected() throws {
        try sandbox.write("ws/labs/a.yaml", "a\n")
        let ours = try #require(try repository.record(["labs"], "Ours"))
        try sandbox.write("ws/notes.md", "my notes\n")
        try git("add", "notes.md")
        try git("commit", "-q", "-m", "My own commit")
        let theirs = try git("rev-parse", "HEAD").trimmingCharacters(in: .newlines)
        try sandbox.write("ws/labs/a.yaml", "a, again\n")
        let next = try #require(try repository.record(["labs"], "Ours again"))
        let info = try repository.commitInfo(next)
        #expect(info.parents.map(\.hex) == [theirs])
        #expect(try repository.commitInfo(try #require(ObjectID(hex: theirs))).parents == [ours])
        #expect(try git("ls-tree", "-r", "--name-only", "HEAD") == "labs/a.yaml\nnotes.md\n")
    }

    @Test("commits land on whatever branch the student switched to")
    func otherBranch() throws {
        try sandbox.write("ws/labs/a.yaml", "a\n")
        try repository.record(["labs"], "On main")
        try git("switch", "-q", "-c", "experiment")
        try sandbox.write("ws/labs/a.yaml", "b\n")
        let id = try #require(try repository.record(["labs"], "On experiment"))
        #expect(try repository.head() == .branch(name: "experiment", commit: id))
        #expect(try git("log", "-1", "--format=%s", "main") == "On main\n")
    }

    @Test("a detached HEAD is refused with a way back to a branch")
    func detachedHeadFails() throws {
        try sandbox.write("ws/labs/a.yaml", "a\n")
        let id = try #require(try repository.record(["labs"], "First"))
        try git("checkout", "-q", "--detach")
        let error = #expect(throws: WorkspaceError.detachedHead(commit: id)) {
            try repository.record(["labs"], "Second", allowEmpty: true)
        }
        #expect(error?.hint?.contains("git switch main") == true)
    }

    @Test("extra files are written atomically and committed even when .gitignore matches them")
    func extraFilesAreCommitted() throws {
        try sandbox.write("ws/.gitignore", "*.json\n")
        try sandbox.write("ws/labs/hpa/debug.json", "{}\n")
        try sandbox.write("ws/labs/hpa/hpa.yaml", "kind: HorizontalPodAutoscaler\n")
        let result = WorkspaceFile(path: ".lab/hpa/result.json", text: "{\"passed\":5}\n")
        try repository.record(["labs/hpa"], "Check", files: [result])
        #expect(sandbox.read("ws/.lab/hpa/result.json") == "{\"passed\":5}\n")
        #expect(
            try git("ls-tree", "-r", "--name-only", "HEAD")
                == ".lab/hpa/result.json\nlabs/hpa/hpa.yaml\n")
        #expect(
            try git("status", "--porcelain", "--ignored")
                == "?? .gitignore\n!! labs/hpa/debug.json\n")
    }

    @Test("symbolic links and executable bits are recorded as git records them")
    func modes() throws {
        try sandbox.write("ws/labs/run.sh", "#!/bin/sh\n")
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o755], ofItemAtPath: sandbox.url("ws/labs/run.sh").path)
        try FileManager.default.createSymbolicLink(
            atPath: sandbox.url("ws/labs/link").path, withDestinationPath: "run.sh")
        try repository.record(["labs"], "Modes")
        let listing = try git("ls-tree", "HEAD", "labs/")
        #expect(listing.contains("120000 blob"))
        #expect(listing.contains("100755 blob"))
        #expect(try git("status", "--porcelain") == "")
    }

    @Test(
        "paths that leave the work tree or enter .git are refused",
        arguments: [
            "../outside", "/etc/passwd", ".git/config", "labs/../../x",
        ])
    func invalidPaths(path: String) throws {
        #expect(throws: WorkspaceError.self) {
            try repository.record([path], "Bad")
        }
        #expect(throws: WorkspaceError.self) {
            try repository.record([], "Bad", files: [WorkspaceFile(path: path, text: "x")])
        }
    }

    @Test("a merge in progress is refused")
    func mergeInProgress() throws {
        try sandbox.write("ws/labs/a.yaml", "a\n")
        let id = try #require(try repository.record(["labs"], "First"))
        try sandbox.write("ws/.git/MERGE_HEAD", id.hex + "\n")
        #expect(
            throws: WorkspaceError.operationInProgress(
                path: sandbox.url("ws").path, operation: "merge")
        ) {
            try repository.record(["labs"], "Second", allowEmpty: true)
        }
    }

    @Test("a leftover index.lock is reported as a lock, with the hint to remove it")
    func indexLocked() throws {
        try sandbox.write("ws/labs/a.yaml", "a\n")
        try sandbox.write("ws/.git/index.lock", "")
        let error = #expect(throws: WorkspaceError.self) {
            try repository.record(["labs"], "First")
        }
        guard case .locked(let path, _) = error else {
            Issue.record("expected locked, got \(String(describing: error))")
            return
        }
        #expect(path == sandbox.url("ws").path)
        #expect(error?.hint?.contains("delete the lock file") == true)
    }

    @Test("a file whose name is not UTF-8 (a CP949 name from a Windows zip) is committed too")
    func nameThatIsNotUTF8() throws {
        try sandbox.write("ws/labs/hpa/hpa.yaml", "kind: HorizontalPodAutoscaler\n")
        // "café.yaml" in Latin-1: 0xE9 alone is not UTF-8.
        let name = Array("labs/hpa/caf".utf8) + [0xE9] + Array(".yaml".utf8)
        let path = Array(sandbox.url("ws").path.utf8) + [0x2F] + name + [0]
        let descriptor = path.withUnsafeBufferPointer {
            $0.withMemoryRebound(to: CChar.self) {
                open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644)
            }
        }
        try #require(descriptor >= 0)
        close(descriptor)
        #expect(
            try repository.status().map(\.path) == [
                "labs/hpa/caf\u{FFFD}.yaml", "labs/hpa/hpa.yaml",
            ])
        try #require(try repository.record(["labs/hpa"], "Check lab hpa"))
        #expect(
            try git("ls-tree", "-r", "--name-only", "HEAD")
                == "\"labs/hpa/caf\\351.yaml\"\nlabs/hpa/hpa.yaml\n")
        #expect(try git("status", "--porcelain") == "")
    }
}
