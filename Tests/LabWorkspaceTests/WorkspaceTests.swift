import Foundation
import LabGit
import LabKit
import LabTestSupport
import LabWorkspace
import Testing

/// The workspace library: what each operation commits, and what is read back from history.
@Suite("The workspace records each step in git")
struct WorkspaceTests {
    @Test func commitIdsAreReproducibleWithAFixedClock() throws {
        let sandbox = try ProgressSandbox()
        var heads: [ObjectID?] = []
        for folder in ["one", "two"] {
            let workspace = try sandbox.workspace(folder)
            _ = try workspace.start("hpa")
            heads.append(try workspace.repository.headCommit())
        }
        let one = try sandbox.git("rev-parse", "HEAD", in: "one")
        #expect(heads[0]?.hex == one.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(heads[0] == heads[1])
        let raw = try sandbox.git("cat-file", "-p", "HEAD", in: "one")
        #expect(!raw.contains("encoding"))
        #expect(raw.contains("author Ada Student <ada@example.edu> 1700000000 +0100"))
    }

    @Test func progressIsReadFromTheHistory() throws {
        let sandbox = try ProgressSandbox()
        let workspace = try sandbox.workspace()
        _ = try workspace.start("hpa")
        let failing = try workspace.check("hpa", from: sandbox.root)
        #expect(failing.recordingError == nil)
        #expect(!failing.document.passed)
        try sandbox.copySolution("hpa")
        let passing = try workspace.check(nil, from: sandbox.url("hpa"))
        #expect(passing.document.passed)
        #expect(passing.isFirstPass)
        #expect(passing.directory == sandbox.url("hpa").path)
        let again = try workspace.check("hpa", from: sandbox.url("hpa"))
        #expect(again.commit == (try workspace.repository.headCommit()))
        #expect(!again.isFirstPass)

        let entry = try #require(try workspace.progress().labs.first { $0.id == "hpa" })
        #expect(entry.state == .passed)
        #expect(entry.attempts == 3)
        #expect(entry.firstPass == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(entry.bestPoints == 7)
        #expect(entry.maxPoints == 7)
        let other = try #require(try workspace.progress().labs.first { $0.id == "scaling" })
        #expect(other.state == .notStarted)
        #expect(try workspace.repository.tags(withPrefix: "lab/").map(\.name) == ["lab/hpa/passed"])
    }

    @Test func theResultFileIsTheJSONDocument() throws {
        let sandbox = try ProgressSandbox()
        let workspace = try sandbox.workspace()
        _ = try workspace.start("hpa")
        let attempt = try workspace.check("hpa", from: sandbox.root)
        let commit = try #require(attempt.commit)
        let stored = try workspace.repository.contents(of: ".lab/results/hpa.json", at: commit)
        #expect(stored.data == Data((LabReport.encode(attempt.document) + "\n").utf8))
        let decoded = try JSONDecoder().decode(
            LabReportDocument.self, from: try #require(stored.data))
        #expect(decoded.lab == "hpa")
        #expect(decoded.courseVersion == course.version)
        #expect(decoded.labkitVersion == "0.1.0-test")
    }

    @Test func plainGitCommitsAndOtherStagedWorkAreRespected() throws {
        let sandbox = try ProgressSandbox()
        let workspace = try sandbox.workspace()
        _ = try workspace.start("hpa")
        try sandbox.write("hpa/notes.md", "my notes\n")
        try sandbox.git("add", "hpa/notes.md")
        try sandbox.git("commit", "-q", "-m", "my own commit")
        try sandbox.write("notes/elsewhere.md", "staged, not for LabKit\n")
        try sandbox.git("add", "notes/elsewhere.md")

        let attempt = try workspace.check("hpa", from: sandbox.root)
        #expect(attempt.recordingError == nil)
        let info = try workspace.repository.commitInfo(try #require(attempt.commit))
        #expect(info.subject.hasPrefix("check hpa: fail"))
        // The student's own commit is the parent, and their staged file stays staged only.
        #expect(try workspace.repository.commitInfo(info.parents[0]).subject == "my own commit")
        #expect(try sandbox.git("status", "--porcelain") == "A  notes/elsewhere.md\n")
        let log = try workspace.log("hpa")
        #expect(log.map(\.event.commit.subject).contains("my own commit"))
        #expect(log.first { $0.event.commit.subject == "my own commit" }?.event.action == nil)
    }

    @Test func aDetachedHeadStillShowsTheReportAndSaysWhatToDo() throws {
        let sandbox = try ProgressSandbox()
        let workspace = try sandbox.workspace()
        _ = try workspace.start("hpa")
        try sandbox.git("checkout", "-q", "--detach")
        let attempt = try workspace.check("hpa", from: sandbox.root)
        #expect(attempt.commit == nil)
        let error = try #require(attempt.recordingError)
        guard case .repository(.detachedHead) = error else {
            Issue.record("expected a detached-HEAD error, got \(error)")
            return
        }
        #expect(error.hint?.contains("git switch main") == true)
    }

    @Test func checksAreRecordedOnTheBranchTheStudentIsOn() throws {
        let sandbox = try ProgressSandbox()
        let workspace = try sandbox.workspace()
        _ = try workspace.start("hpa")
        try sandbox.git("switch", "-q", "-c", "experiment")
        let attempt = try workspace.check("hpa", from: sandbox.root)
        #expect(attempt.recordingError == nil)
        #expect(try sandbox.git("rev-parse", "experiment") == (attempt.commit?.hex ?? "") + "\n")
        #expect(try sandbox.git("log", "-1", "--format=%s", "main") == "start hpa\n")
        #expect(try workspace.progress().labs.first { $0.id == "hpa" }?.attempts == 1)
    }

    @Test func aMergeInProgressIsNamedWithTheWayOut() throws {
        let sandbox = try ProgressSandbox()
        let workspace = try sandbox.workspace()
        _ = try workspace.start("hpa")
        try sandbox.git("switch", "-q", "-c", "side")
        try sandbox.write("notes.md", "side\n")
        try sandbox.git("add", "notes.md")
        try sandbox.git("commit", "-q", "-m", "side")
        try sandbox.git("switch", "-q", "main")
        try sandbox.write("notes.md", "main\n")
        try sandbox.git("add", "notes.md")
        try sandbox.git("commit", "-q", "-m", "main")
        #expect(throws: ProgressSandbox.GitFailure.self) { try sandbox.git("merge", "-q", "side") }
        let attempt = try workspace.check("hpa", from: sandbox.root)
        let error = try #require(attempt.recordingError)
        #expect(error.message.contains("a merge is in progress"))
        #expect(error.hint?.contains("git merge --abort") == true)
    }

    @Test func aMissingObjectIsReportedAsDamage() throws {
        let sandbox = try ProgressSandbox()
        let workspace = try sandbox.workspace()
        _ = try workspace.start("hpa")
        let head = try #require(try workspace.repository.headCommit()).hex
        let object = sandbox.url(".git/objects/\(head.prefix(2))/\(head.dropFirst(2))")
        try FileManager.default.removeItem(at: object)
        #expect {
            _ = try Workspace.discover(from: sandbox.root, course: course, settings: fixedSettings)
        } throws: { error in
            guard case .repository(.damaged(_, let detail)) = error as? ProgressError else {
                return false
            }
            return detail.contains(head)
        }
    }

    @Test func aSecondCommandFailsClearlyWhileTheLockIsHeld() throws {
        let sandbox = try ProgressSandbox()
        let workspace = try sandbox.workspace()
        _ = try workspace.repository.workspaceLock.withLock {
            #expect {
                _ = try workspace.start("hpa")
            } throws: { error in
                guard case .repository(.busy) = error as? ProgressError else { return false }
                return (error as? ProgressError)?.message.contains("another lab command") == true
            }
        }
        let started = try workspace.start("hpa")
        #expect(started.commit == (try workspace.repository.headCommit()))
    }

    @Test func leftoversOfAKilledCommandAreCleanedUp() throws {
        let sandbox = try ProgressSandbox()
        let workspace = try sandbox.workspace()
        _ = try workspace.start("hpa")
        // What `kill -9` in the middle of a commit and an atomic write leaves behind.
        try sandbox.write(".git/labkit-operation", "12345 check hpa\n")
        try sandbox.write(".git/index.lock", "")
        try sandbox.write("hpa/.order.yaml.tmp-AbC123", "half")
        let attempt = try workspace.check("hpa", from: sandbox.root)
        #expect(attempt.recordingError == nil)
        #expect(!sandbox.exists(".git/index.lock"))
        #expect(!sandbox.exists("hpa/.order.yaml.tmp-AbC123"))
        #expect(!sandbox.exists(".git/labkit-operation"))
        try sandbox.git("fsck", "--strict")
    }

    @Test func anInterruptedStartIsCompletedButEditsAreNeverOverwritten() throws {
        let sandbox = try ProgressSandbox()
        let workspace = try sandbox.workspace()
        let starter = try String(
            contentsOfFile: "\(course.labDirectory("hpa"))/start/order.yaml", encoding: .utf8)
        try sandbox.write("hpa/order.yaml", starter)
        let outcome = try workspace.start("hpa")
        #expect(outcome.commit == (try workspace.repository.headCommit()))
        #expect(sandbox.exists("hpa/hpa.yaml"))

        try sandbox.write("hpa/order.yaml", "# mine\n")
        #expect(throws: ProgressError.labAlreadyStarted("hpa", folder: "hpa/")) {
            _ = try workspace.start("hpa")
        }
        #expect(sandbox.read("hpa/order.yaml") == "# mine\n")
    }

    @Test func resetKeepsTheFilesInHistory() throws {
        let sandbox = try ProgressSandbox()
        let workspace = try sandbox.workspace()
        _ = try workspace.start("hpa")
        try sandbox.write("hpa/order.yaml", "# mine\n")
        try sandbox.write("hpa/.gitignore", "*.log\n")
        try sandbox.write("hpa/debug.log", "ignored, kept\n")
        let outcome = try workspace.reset("hpa")
        let saved = try #require(outcome.saved)
        #expect(outcome.previous == saved)
        #expect(
            try workspace.repository.contents(of: "hpa/order.yaml", at: saved).data
                == Data("# mine\n".utf8))
        #expect(sandbox.read("hpa/debug.log") == "ignored, kept\n")
        #expect(!sandbox.exists("hpa/.gitignore"))
        let actions = try workspace.events().prefix(2).map(\.action)
        #expect(actions == [.reset, .save])
    }

    @Test func hintsStepThroughTheLevelsOfTheFirstFailingCheck() throws {
        let sandbox = try ProgressSandbox()
        let workspace = try sandbox.workspace()
        _ = try workspace.start("hpa")
        #expect(throws: ProgressError.notCheckedYet("hpa")) {
            _ = try workspace.hint("hpa", level: nil, from: sandbox.root)
        }
        _ = try workspace.check("hpa", from: sandbox.root)
        let first = try workspace.hint("hpa", level: nil, from: sandbox.root)
        let check = try #require(first.check)
        #expect(first.level == 1)
        #expect(first.hints.count == 1)
        let second = try workspace.hint(nil, level: nil, from: sandbox.url("hpa"))
        #expect(second.check?.id == check.id)
        #expect(second.level == min(2, check.hints.count))
        #expect(throws: ProgressError.self) {
            _ = try workspace.hint("hpa", level: check.hints.count + 1, from: sandbox.root)
        }
        let hints = try workspace.events().compactMap(\.hint)
        #expect(hints.first?.check == check.id)
    }

    @Test func theSolutionIsLockedUntilAPass() throws {
        let sandbox = try ProgressSandbox()
        let workspace = try sandbox.workspace()
        _ = try workspace.start("hpa")
        #expect(throws: ProgressError.solutionLocked("hpa")) {
            _ = try workspace.solution("hpa", force: false)
        }
        let forced = try workspace.solution("hpa", force: true)
        #expect(forced.isForced)
        #expect(try workspace.events().first?.isForced == true)
        try sandbox.copySolution("hpa")
        _ = try workspace.check("hpa", from: sandbox.root)
        let open = try workspace.solution("hpa", force: false)
        #expect(!open.isForced)
        #expect(open.files.map(\.path) == ["hpa.yaml", "order.yaml"])
    }

    @Test func anExistingRepositoryIsAdoptedWithItsHistory() throws {
        let sandbox = try ProgressSandbox()
        try sandbox.git("init", "-q", "-b", "main")
        try sandbox.write("notes.md", "mine\n")
        try sandbox.git("add", ".")
        try sandbox.git("commit", "-q", "-m", "my notes")
        #expect(throws: ProgressError.notAWorkspace(root: sandbox.root.path)) {
            _ = try Workspace.openOrCreate(
                from: sandbox.root, course: course, settings: fixedSettings)
        }
        let (workspace, origin) = try Workspace.initialize(
            at: sandbox.root, course: course, settings: fixedSettings)
        #expect(origin == .adopted)
        #expect(
            try workspace.events().map(\.commit.subject) == ["init LabKit workspace", "my notes"])
    }

    /// A `lab start` killed while git wrote the new repository's config leaves a `.git` git
    /// cannot open, with a stale `config.lock`; the next start creates the repository anew.
    @Test func aCreationKilledHalfWayIsStartedAgain() throws {
        let sandbox = try ProgressSandbox()
        let git = sandbox.root.appendingPathComponent(".git")
        for folder in ["refs/heads", "objects"] {
            try FileManager.default.createDirectory(
                at: git.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try Data().write(to: git.appendingPathComponent("config.lock"))
        let (workspace, origin) = try Workspace.openOrCreate(
            from: sandbox.root, course: course, settings: fixedSettings)
        #expect(origin == .created)
        #expect(try workspace.events().map(\.commit.subject) == ["init LabKit workspace"])
        #expect(
            !FileManager.default.fileExists(atPath: git.appendingPathComponent("config.lock").path))
    }

    /// Killed while libgit2 probed the file system, a creation also leaves `_git2_XXXXXX` in
    /// the work tree: the folder is still the one to start in (not `lab-workspace` inside it,
    /// which left the broken `.git` behind), and the probe goes.
    @Test func aCreationKilledDuringLibgit2sProbeIsStartedAgainInPlace() throws {
        let sandbox = try ProgressSandbox()
        let git = sandbox.root.appendingPathComponent(".git")
        for folder in ["refs/heads", "objects"] {
            try FileManager.default.createDirectory(
                at: git.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try Data("[core]\n".utf8).write(to: git.appendingPathComponent("config"))
        let probe = sandbox.root.appendingPathComponent("_git2_400f31d7ecd70b0b")
        try Data().write(to: probe)
        let (workspace, origin) = try Workspace.openOrCreate(
            from: sandbox.root, course: course, settings: fixedSettings)
        #expect(origin == .created)
        #expect(workspace.root.standardizedFileURL.path == sandbox.root.standardizedFileURL.path)
        #expect(!FileManager.default.fileExists(atPath: probe.path))
    }

    /// A `.git` that names a branch is somebody's repository, however damaged: never removed.
    @Test func aDamagedRepositoryWithBranchesIsKept() throws {
        let sandbox = try ProgressSandbox()
        let heads = sandbox.root.appendingPathComponent(".git/refs/heads")
        try FileManager.default.createDirectory(at: heads, withIntermediateDirectories: true)
        try Data("0123456789012345678901234567890123456789\n".utf8).write(
            to: heads.appendingPathComponent("main"))
        #expect(throws: ProgressError.self) {
            _ = try Workspace.initialize(at: sandbox.root, course: course, settings: fixedSettings)
        }
        #expect(FileManager.default.fileExists(atPath: heads.appendingPathComponent("main").path))
    }

    @Test func startOutsideAWorkspaceKeepsABusyFolderTidy() throws {
        let sandbox = try ProgressSandbox()
        try sandbox.write("homework.txt", "not a lab\n")
        let (workspace, origin) = try Workspace.openOrCreate(
            from: sandbox.root, course: course, settings: fixedSettings)
        #expect(origin == .created)
        #expect(workspace.root.lastPathComponent == Workspace.defaultFolderName)
    }
}
