import Foundation
import LabTestSupport
import Testing

/// Bad input to `reset`, `log`, `export`, `watch`, `sim run` and `grade merge` through the
/// built binary: the exit code (64 for a usage error, 1 for anything else), a message naming
/// what is wrong, and nothing committed or written.
@Suite("Bad input to lab commands")
struct BadInputTests {
    static let invalidLanguage =
        "Error: The value 'fr' is invalid for '--lang <lang>'. Please provide one of 'en' and "
        + "'ko'.\n"

    /// A workspace with hpa started; its commit count and a clean `git status` are the
    /// "nothing committed" every case checks.
    private func started() throws -> (ScratchWorkspace, Int) {
        let scratch = try ScratchWorkspace()
        #expect(try scratch.lab("start", "hpa").status == 0)
        return (scratch, try scratch.commitCount())
    }

    @Test(
        arguments: [
            (["reset", "nope"], 64, "error: unknown lab \"nope\"\n"),
            (["reset"], 64, "Error: Missing expected argument '<id>'\n"),
            (["reset", "hpa", "--bogus"], 64, "Error: Unknown option '--bogus'\n"),
            (["log", "nope"], 64, "error: unknown lab \"nope\"\n"),
            (["log", "--bogus"], 64, "Error: Unknown option '--bogus'\n"),
            (["export", "--output"], 64, "Error: Missing value for '--output <output>'\n"),
            (["watch", "nope"], 64, "error: unknown lab \"nope\"\n"),
            (["watch", "--bogus"], 64, "Error: Unknown option '--bogus'\n"),
            (["watch", "hpa", "--lang", "fr"], 64, Self.invalidLanguage),
        ])
    func inAWorkspaceUsageErrorsCommitNothing(
        arguments: [String], status: Int, starts: String
    ) throws {
        let (scratch, commits) = try started()
        let run = try LabBinary.run(arguments, in: scratch.root, environment: scratch.environment)
        #expect(Int(run.status) == status)
        #expect(run.stderr.hasPrefix(starts), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(try scratch.commitCount() == commits)
        #expect(try scratch.git("status", "--porcelain").output == "")
    }

    @Test(arguments: [["reset", "hpa"], ["log"], ["log", "hpa"], ["export"], ["watch", "hpa"]])
    func outsideAWorkspaceTheyExitOneAndCreateNothing(arguments: [String]) throws {
        let scratch = try ScratchWorkspace()
        let run = try LabBinary.run(arguments, in: scratch.root, environment: scratch.environment)
        #expect(run.status == 1)
        #expect(
            run.stderr
                == "error: \"\(scratch.root.path)\" is not inside a LabKit workspace\n"
                + "  hint: `cd` into your workspace, or run `lab start ID` to create one here; "
                + "`lab check ID --dir DIR` checks a folder without recording.\n")
        #expect(run.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).isEmpty)
    }

    @Test func watchWithNoLabStartedSaysWhichLab() throws {
        let scratch = try ScratchWorkspace()
        #expect(try scratch.lab("init").status == 0)
        let run = try scratch.lab("watch")
        #expect(run.status == 1)
        #expect(
            run.stderr
                == "error: which lab? no lab was named and none has been started in this "
                + "workspace\n  hint: Name the lab (`lab check hpa`) or run `lab start ID` first.\n"
        )
        #expect(try scratch.commitCount() == 1)
    }

    @Test func exportToAPlaceThatCannotBeWrittenSaysWhereToWrite() throws {
        let (scratch, commits) = try started()
        let run = try scratch.lab("export", "-o", "/proc/labkit/my-labs.bundle")
        #expect(run.status == 1)
        #expect(
            run.stderr.hasPrefix("error: cannot write the bundle \"/proc/labkit/my-labs.bundle\": ")
        )
        #expect(
            run.stderr.hasSuffix(
                "\n  hint: Name a file in a folder you can write to: "
                    + "`lab export -o ~/my-labs.bundle`.\n"))
        #expect(run.stdout.isEmpty)
        #expect(try scratch.commitCount() == commits)
    }

    @Test func simRunRefusesMissingMalformedAndSpecialFiles() throws {
        let scratch = try ScratchWorkspace()
        try scratch.write("broken.yaml", "steps:\n  - advance: soon\n  - bogus: 1\n")
        let broken = try scratch.lab("sim", "run", "broken.yaml")
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("broken.yaml:2:"))
        #expect(broken.stdout.contains("broken.yaml:3:"))
        let missing = try scratch.lab("sim", "run", "missing.yaml")
        #expect(missing.status == 1)
        #expect(
            missing.stdout
                == "missing.yaml:1:1: error: cannot read the scenario file\n  hint: check the "
                + "path\n")
        #expect(mkfifo(scratch.url("pipe.yaml").path, 0o644) == 0)
        let pipe = try RunningLab(
            ["sim", "run", "pipe.yaml"], in: scratch.root, environment: scratch.environment)
        #expect(pipe.finished(upTo: 60), "sim run hangs on a pipe")
        if pipe.process.isRunning { pipe.stop(with: SIGKILL) }
        #expect(pipe.process.terminationStatus == 1)
        #expect(
            pipe.output
                == "pipe.yaml:1:1: error: \"pipe.yaml\" is not a regular file: only regular "
                + "files are read\n  hint: give the path of a scenario file (YAML)\n")
        let folder = try scratch.lab("sim", "run", ".")
        #expect(folder.status == 1)
        #expect(folder.stdout.hasPrefix(".:1:1: error: \".\" is a folder, not a scenario file\n"))
        let dir = try scratch.lab("sim", "run", "broken.yaml", "--dir", "nowhere")
        #expect(dir.status == 64)
        #expect(dir.stderr.hasPrefix("Error: --dir \"nowhere\" is not a directory\n"))
    }
}

/// `lab grade merge` refusals: nothing is written into `--out`.
@Suite("Bad input to lab grade merge", .serialized)
struct GradeMergeBadInputTests {
    /// One workspace graded into `shard-a` (hpa), `shard-b` (hpa again) and `shard-c`
    /// (scaling), each with the json format.
    final class Shards {
        let scratch: ScratchWorkspace
        let base: URL

        init() throws {
            scratch = try ScratchWorkspace()
            base = scratch.root.deletingLastPathComponent()
            #expect(try scratch.lab("start", "hpa").status == 0)
            for (name, lab) in [("shard-a", "hpa"), ("shard-b", "hpa"), ("shard-c", "scaling")] {
                let run = try LabBinary.run(
                    [
                        "grade", scratch.root.path, "--labs", lab, "--out", path(name), "--format",
                        "json",
                    ], environment: scratch.environment)
                #expect(run.status == 0, "\(run.stderr)")
            }
        }

        func path(_ name: String) -> String { base.appendingPathComponent(name).path }
    }

    @Test func conflictingShardsAreRefused() throws {
        let shards = try Shards()
        let out = shards.path("merged")
        let same = try LabBinary.run(
            ["grade", "merge", shards.path("shard-a"), shards.path("shard-b"), "--out", out])
        #expect(same.status == 1)
        #expect(same.stderr == "error: student \"work\" is in more than one gradebook\n")
        let mixed = try LabBinary.run(
            ["grade", "merge", shards.path("shard-a"), shards.path("shard-c"), "--out", out])
        #expect(mixed.status == 1)
        #expect(
            mixed.stderr
                == "error: the gradebooks were made with different courses, labs or deadlines\n")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func missingAndMalformedGradebooksAreRefused() throws {
        let shards = try Shards()
        let out = shards.path("merged")
        let missing = try LabBinary.run(
            ["grade", "merge", shards.path("shard-a"), shards.path("nowhere"), "--out", out])
        #expect(missing.status == 1)
        #expect(
            missing.stderr
                == "error: cannot read \"\(shards.path("nowhere"))/gradebook.json\"\n  hint: merge "
                + "the --out folders of `lab grade --shard` runs that wrote the json format\n")
        try shards.scratch.write("../shard-b/gradebook.json", "{\"version\": 1}")
        let malformed = try LabBinary.run(
            ["grade", "merge", shards.path("shard-a"), shards.path("shard-b"), "--out", out])
        #expect(malformed.status == 1)
        #expect(
            malformed.stderr.hasPrefix(
                "error: \(shards.path("shard-b"))/gradebook.json: not a gradebook this lab can "
                    + "read: "))
        let format = try LabBinary.run(
            ["grade", "merge", shards.path("shard-a"), "--format", "xml", "--out", out])
        #expect(format.status == 64)
        #expect(format.stderr.hasPrefix("Error: unknown format \"xml\"\n"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
