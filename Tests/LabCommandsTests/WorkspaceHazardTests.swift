import Foundation
import LabTestSupport
import Testing

/// What a student's machine can do to a workspace (a deleted index, a detached HEAD, links,
/// named pipes, big and binary files, read-only results, conflict markers, typos), each
/// through the built `lab` binary: no work lost, no command hung, and a message that names the
/// file and says what to do.
@Suite("The workspace holds up to what a student's machine does")
struct WorkspaceHazardTests {
    @Test func aMissingIndexIsRebuiltFromHEADSoNothingShowsAsDeleted() throws {
        let scratch = try ScratchWorkspace()
        #expect(try scratch.lab("start", "hpa").status == 0)
        try FileManager.default.removeItem(at: scratch.url(".git/index"))
        let check = try scratch.lab("check", "hpa")
        #expect(check.status == 1, "\(check.stderr)")
        #expect(check.stdout.contains("recorded: commit"))
        // Before the fix `.lab/workspace.json` was a staged deletion ("D ") here.
        #expect(try scratch.git("status", "--porcelain").output == "")
        #expect(
            try scratch.git("ls-files").output
                == ".lab/results/hpa.json\n.lab/workspace.json\nhpa/README.md\nhpa/hpa.yaml\n"
                + "hpa/order.yaml\n")
        // A plain commit afterwards keeps the marker, so grading still finds a workspace.
        #expect(try scratch.git("commit", "-q", "--allow-empty", "-m", "mine").status == 0)
        #expect(try scratch.git("cat-file", "-e", "HEAD:.lab/workspace.json").status == 0)
    }

    @Test func aDamagedIndexIsRefusedWithARepairThatWorks() throws {
        let scratch = try ScratchWorkspace()
        #expect(try scratch.lab("start", "hpa").status == 0)
        let commits = try scratch.commitCount()
        try scratch.write(".git/index", "not an index\n")
        let check = try scratch.lab("check", "hpa")
        #expect(check.status == 1)
        #expect(check.stdout.isEmpty)
        #expect(
            check.stderr.contains(
                "error: the git index \"\(scratch.url(".git/index").path)\" is damaged: "))
        #expect(check.stderr.contains("hint: Delete it (`rm .git/index` in the workspace folder)"))
        #expect(try scratch.commitCount() == commits)
        // The repair the hint gives, pasted.
        #expect(try scratch.shell("rm .git/index").status == 0)
        #expect(try scratch.lab("check", "hpa").stdout.contains("recorded: commit"))
        #expect(try scratch.git("status", "--porcelain").output == "")
    }

    @Test func statusOnADetachedHeadSaysSoAndHowToReturn() throws {
        let scratch = try ScratchWorkspace()
        #expect(try scratch.lab("start", "hpa").status == 0)
        try scratch.copySolution("hpa")
        #expect(try scratch.lab("check", "hpa").status == 0)
        let start = try scratch.git("rev-parse", "--short", "HEAD~1").output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try scratch.git("checkout", "-q", "HEAD~1").status == 0)
        let status = try scratch.lab("status")
        #expect(status.status == 0)
        #expect(
            status.stderr
                == "warning: HEAD is detached at \(start) (on no branch): this is your progress "
                + "up to that commit, and branch main has newer commits\n  hint: run `git switch "
                + "main` to return to your work (`git switch -c NEW-BRANCH` first keeps commits "
                + "made here)\n")
        #expect(status.stdout.contains("0 of 11 labs passed"))
        let json = try scratch.lab("status", "--json")
        let document = try #require(
            JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let full = try scratch.git("rev-parse", "HEAD").output
        #expect(document["detachedHead"] as? String == full.trimmingCharacters(in: .newlines))
        // The hint, pasted, brings the passed lab back.
        #expect(try scratch.shell("git switch main").status == 0)
        let back = try scratch.lab("status")
        #expect(back.stderr.isEmpty)
        #expect(back.stdout.contains("1 of 11 labs passed"))
    }

    @Test func aLabFolderThatIsASymbolicLinkIsRefusedWithTheGradersRule() throws {
        let scratch = try ScratchWorkspace()
        #expect(try scratch.lab("start", "hpa").status == 0)
        let elsewhere = scratch.root.deletingLastPathComponent().appendingPathComponent("real")
        try FileManager.default.moveItem(at: scratch.url("hpa"), to: elsewhere)
        try FileManager.default.createSymbolicLink(
            at: scratch.url("hpa"), withDestinationURL: elsewhere)
        let commits = try scratch.commitCount()
        for command in [["check", "hpa"], ["reset", "hpa"], ["start", "hpa"]] {
            let run = try scratch.lab(command[0], command[1])
            #expect(run.status == 1, "\(command)")
            #expect(run.stdout.isEmpty, "\(command)")
            #expect(
                run.stderr.hasPrefix(
                    "error: symbolic links are not followed: the lab folder \"hpa/\" is a "
                        + "symbolic link to \"\(elsewhere.path)\""), "\(command): \(run.stderr)")
        }
        #expect(try scratch.commitCount() == commits)
        #expect(try scratch.git("ls-files", "hpa").output.contains("hpa/order.yaml"))
        // The hint's repair, pasted, makes it a folder that checks and records.
        let repair = "mv hpa hpa.link && mkdir hpa && cp -R hpa.link/. hpa/ && rm hpa.link"
        #expect(try scratch.shell(repair).status == 0)
        #expect(try scratch.lab("check", "hpa").stdout.contains("recorded: commit"))
        #expect(try scratch.git("status", "--porcelain").output == "")
    }

    /// A symbolic link passed locally and graded 0 (`pass-not-reproduced`): now `lab check`
    /// applies the grader's rule and says so at once.
    @Test func aSymlinkedManifestFailsTheCheckWithTheGradersWords() throws {
        let scratch = try ScratchWorkspace()
        #expect(try scratch.lab("start", "hpa").status == 0)
        try scratch.copySolution("hpa")
        let outside = scratch.root.deletingLastPathComponent().appendingPathComponent("order.yaml")
        try FileManager.default.moveItem(at: scratch.url("hpa/order.yaml"), to: outside)
        try FileManager.default.createSymbolicLink(
            at: scratch.url("hpa/order.yaml"), withDestinationURL: outside)
        let check = try scratch.lab("check", "hpa")
        #expect(check.status == 1)
        #expect(
            check.stdout.contains(
                "hpa/order.yaml:1:1: error: symbolic links are not followed: lab grade never "
                    + "reads \"order.yaml\", a symbolic link\n  hint: replace the link with a "
                    + "copy of the file it points to"))
        #expect(check.stdout.contains("FAIL hpa: 0 of 6 checks passed"))
        #expect(try scratch.git("tag").output.isEmpty)
    }

    @Test(arguments: ["extra.yaml", "order.yaml"])
    func aNamedPipeNamedLikeAManifestIsReportedNotRead(name: String) throws {
        let scratch = try ScratchWorkspace()
        #expect(try scratch.lab("start", "hpa").status == 0)
        try? FileManager.default.removeItem(at: scratch.url("hpa/\(name)"))
        #expect(mkfifo(scratch.url("hpa/\(name)").path, 0o644) == 0)
        let check = try RunningLab(
            ["check", "hpa"], in: scratch.root, environment: scratch.environment)
        let finished = check.finished(upTo: 60)
        if !finished { check.stop(with: SIGKILL) }
        #expect(finished, "lab check hangs on a named pipe")
        #expect(check.process.terminationStatus == 1)
        #expect(
            check.output.contains(
                "hpa/\(name):1:1: error: \"\(name)\" is a named pipe (FIFO): only regular files "
                    + "are read"))
        let lint = try RunningLab(
            ["lint", "hpa"], in: scratch.root, environment: scratch.environment)
        #expect(lint.finished(upTo: 60))
        #expect(
            lint.output.contains(
                "hpa/\(name):1:1: warning: \"hpa/\(name)\" is a named pipe (FIFO), not a file: "
                    + "it was skipped"))
    }

    @Test func aFolderNamedLikeTheFileTheLabAppliesIsReportedInTheStudentsFolder() throws {
        let scratch = try ScratchWorkspace()
        #expect(try scratch.lab("start", "hpa").status == 0)
        try FileManager.default.removeItem(at: scratch.url("hpa/order.yaml"))
        try FileManager.default.createDirectory(
            at: scratch.url("hpa/order.yaml"), withIntermediateDirectories: true)
        let check = try scratch.lab("check", "hpa")
        #expect(check.status == 1)
        // The lab applies the whole folder: the folder is said to be one, and the step that
        // needs the Deployment it held fails in the student's terms.
        #expect(
            check.stdout.contains(
                "hpa/order.yaml:1:1: warning: \"order.yaml\" is a folder, not a file"))
        #expect(
            check.stdout.contains(
                "error: the lab's step \"kubectl expose deploy order --port=8080\" failed: Error "
                    + "from server (NotFound): deployments.apps \"order\" not found"))
        // Never into the course's files (it used to blame Labs/hpa/lab.yaml).
        #expect(!check.stdout.contains("Labs/"))
        #expect(!check.stdout.contains("lab.yaml"))
    }

    @Test func aManifestOverTheLimitNamesNoOptionTheCommandLacks() throws {
        let scratch = try ScratchWorkspace()
        #expect(try scratch.lab("start", "hpa").status == 0)
        try scratch.write("hpa/big.yaml", String(repeating: "# padding\n", count: 110_000))
        let check = try scratch.lab("check", "hpa")
        #expect(check.status == 1)
        #expect(
            check.stdout.contains(
                "hpa/big.yaml:1:1: error: files over the size limit are not read: \"big.yaml\" "
                    + "is 1100000 bytes, over the 1048576-byte limit\n  hint: a manifest is a few "
                    + "kilobytes: split it into several files (lab check and lab grade read at "
                    + "most 1048576 bytes per file)\n"))
        #expect(!check.stdout.contains("--max-file-size"))
        // `lab lint` has the option, and its hint names it.
        let lint = try scratch.lab("lint", "hpa/big.yaml")
        #expect(lint.stdout.contains("or raise the limit with --max-file-size"))
    }

    @Test func bigAndBinaryFilesAreNotCommittedAndTheStudentIsToldOnce() throws {
        let scratch = try ScratchWorkspace()
        #expect(try scratch.lab("start", "hpa").status == 0)
        let big = Data(repeating: UInt8(ascii: "x"), count: 3 << 20)
        try big.write(to: scratch.url("hpa/recording.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: scratch.url("hpa/shot.png"))
        let first = try scratch.lab("check", "hpa")
        #expect(first.stdout.contains("recorded: commit"))
        #expect(
            first.stderr
                == "note: not recorded in git (lab grade never reads these files):\n"
                + "  hpa/recording.txt (3145728 bytes, over the 1048576-byte limit)\n"
                + "  hpa/shot.png (binary)\n"
                + "  keep such files outside the workspace; this is said once per file\n")
        #expect(!(try scratch.git("ls-files").output.contains("recording.txt")))
        #expect(!(try scratch.git("ls-files").output.contains("shot.png")))
        let second = try scratch.lab("check", "hpa")
        #expect(second.stdout.contains("recorded: commit"))
        #expect(second.stderr.isEmpty)
        // The files stay, untouched, and a reset leaves them too.
        #expect(try Data(contentsOf: scratch.url("hpa/recording.txt")) == big)
        #expect(try scratch.lab("reset", "hpa").status == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.url("hpa/shot.png").path))
        #expect(!(try scratch.git("log", "--all", "--name-only").output.contains("shot.png")))
    }

    @Test func aResultFileThatCannotBeWrittenIsNamedWithWhatToDo() throws {
        let scratch = try ScratchWorkspace()
        #expect(try scratch.lab("start", "hpa").status == 0)
        #expect(try scratch.lab("check", "hpa").status == 1)
        let result = scratch.url(".lab/results/hpa.json").path
        // Immutable for root (who ignores permissions), read-only folder for anyone else.
        let locked =
            getuid() == 0
            ? try scratch.shell("chattr +i .lab/results/hpa.json").status == 0
            : chmod(scratch.url(".lab/results").path, 0o555) == 0
        try #require(locked, "cannot make \(result) unwritable here")
        defer {
            _ = try? scratch.shell("chattr -i .lab/results/hpa.json")
            chmod(scratch.url(".lab/results").path, 0o755)
        }
        let commits = try scratch.commitCount()
        let check = try scratch.lab("check", "hpa")
        #expect(check.status == 1)
        #expect(check.stdout.contains("FAIL hpa"))
        #expect(check.stderr.contains("error: cannot write \".lab/results/hpa.json\": "))
        #expect(
            check.stderr.contains(
                "hint: Make it writable (`chmod u+w .lab/results/hpa.json` and its folder; "
                    + "`chattr -i .lab/results/hpa.json` if it was made immutable) or delete it"))
        #expect(try scratch.commitCount() == commits)
    }

    @Test func resettingALabNeverStartedSaysSoAndChangesNothing() throws {
        let scratch = try ScratchWorkspace()
        #expect(try scratch.lab("start", "hpa").status == 0)
        let commits = try scratch.commitCount()
        let reset = try scratch.lab("reset", "qos")
        #expect(reset.status == 1)
        #expect(reset.stdout.isEmpty)
        #expect(
            reset.stderr
                == "error: the lab \"qos\" is not started in this workspace\n"
                + "  hint: Run `lab start qos` first.\n")
        #expect(try scratch.commitCount() == commits)
        #expect(!FileManager.default.fileExists(atPath: scratch.url("qos").path))
    }

    @Test func theRecoveryCommandResetPrintsWorksWhenPasted() throws {
        let scratch = try ScratchWorkspace()
        #expect(try scratch.lab("start", "hpa").status == 0)
        try scratch.write("hpa/order.yaml", "# my work\n")
        let reset = try scratch.lab("reset", "hpa")
        let command = try #require(
            reset.stdout.split(separator: "\n").first { $0.hasPrefix("  git checkout ") })
        #expect(scratch.read("hpa/order.yaml") != "# my work\n")
        #expect(try scratch.shell(String(command)).status == 0)
        #expect(scratch.read("hpa/order.yaml") == "# my work\n")
        // A folder deleted by hand: the reset restores the starter and promises nothing.
        try FileManager.default.removeItem(at: scratch.url("hpa"))
        #expect(try scratch.git("commit", "-qam", "gone").status == 0)
        let again = try scratch.lab("reset", "hpa")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == "reset hpa: hpa/ has the starter files again\n")
        #expect(FileManager.default.fileExists(atPath: scratch.url("hpa/order.yaml").path))
    }

    @Test(arguments: [["check", "hpa"], ["status"], ["list"], ["--version"]])
    func outputThatCannotBeWrittenIsAnError(arguments: [String]) throws {
        let scratch = try ScratchWorkspace()
        #expect(try scratch.lab("start", "hpa").status == 0)
        try scratch.copySolution("hpa")
        let run = try scratch.shell("lab \(arguments.joined(separator: " ")) > /dev/full")
        #expect(run.status == 1)
        #expect(
            run.output == "error: cannot write the output to standard output: no space left on "
                + "device\n")
    }

    @Test func mergeConflictMarkersAreNamedAtTheirFirstLine() throws {
        let scratch = try ScratchWorkspace()
        #expect(try scratch.lab("start", "hpa").status == 0)
        let order = try #require(scratch.read("hpa/order.yaml"))
        let lines = order.split(separator: "\n", omittingEmptySubsequences: false)
        let conflicted =
            lines[..<5].joined(separator: "\n")
            + "\n<<<<<<< HEAD\n  replicas: 1\n=======\n  replicas: 2\n>>>>>>> theirs\n"
            + lines[5...].joined(separator: "\n")
        try scratch.write("hpa/order.yaml", conflicted)
        let check = try scratch.lab("check", "hpa")
        #expect(check.status == 1)
        #expect(
            check.stdout.contains(
                "hpa/order.yaml:6:1: error: merge conflict: the file still holds both sides of a "
                    + "git merge conflict, from this \"<<<<<<<\" line\n"))
        #expect(check.stdout.contains("\n  note: line 8 (\"=======\") separates the two sides\n"))
        #expect(check.stdout.contains("\n  note: line 10 (\">>>>>>>\") ends the conflict\n"))
        #expect(!check.stdout.contains("expected \"key: value\""))
    }

    @Test(
        arguments: [
            (["start", "hap"], "error: unknown lab \"hap\"; did you mean \"hpa\"?"),
            (["start", "hpx"], "error: unknown lab \"hpx\"; did you mean \"hpa\"?"),
            (["chek"], "error: unknown command \"chek\"; did you mean \"lab check\"?"),
            (
                ["statsu", "--json"],
                "error: unknown command \"statsu\"; did you mean \"lab status\"?"
            ),
            (
                ["sim", "rn", "x.yaml"],
                "error: unknown command \"rn\"; did you mean \"lab sim run\"?"
            ),
            (
                ["grade", "merg"],
                "error: unknown command \"merg\"; did you mean \"lab grade merge\"?"
            ),
        ])
    func typosWithinTwoEditsGetADidYouMean(arguments: [String], says: String) throws {
        let scratch = try ScratchWorkspace()
        let run = try LabBinary.run(arguments, in: scratch.root, environment: scratch.environment)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix(says + "\n"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).isEmpty)
    }
}
