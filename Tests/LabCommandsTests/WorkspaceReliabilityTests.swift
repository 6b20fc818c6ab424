import Foundation
import Testing

/// What must survive: `kill -9` at any moment, two commands at once, and `lab watch` stopped
/// with Ctrl-C.
@Suite("The workspace survives kills, races and Ctrl-C")
struct WorkspaceReliabilityTests {
    /// Kills `lab check`, `lab reset` and `lab start` after delays spread over 0-300 ms, and
    /// after each kill checks that git accepts the repository, the student's edit survives
    /// (in the work tree or in a commit), and the next command works.
    @Test func killNineAtManyPointsLosesNothing() throws {
        let scratch = try ScratchWorkspace()
        #expect(try scratch.lab("start", "hpa").status == 0)
        let labs = [
            "scaling", "rolling-update", "readiness", "liveness", "statefulset",
            "pvc-retention", "qos", "spread", "eks-upgrade", "cluster-autoscaler",
        ]
        for run in 0..<30 {
            let marker = "# student edit \(run)"
            let order = (scratch.read("hpa/order.yaml") ?? "") + marker + "\n"
            try scratch.write("hpa/order.yaml", order)
            let command: [String]
            switch run % 3 {
            case 0: command = ["check", "hpa"]
            case 1: command = ["reset", "hpa"]
            default: command = ["start", labs[run / 3]]
            }
            let delay = useconds_t((run * 97) % 301) * 1_000
            let victim = try RunningLab(command, in: scratch.root, environment: scratch.environment)
            usleep(delay)
            victim.stop(with: SIGKILL)

            let context =
                "run \(run): \(command.joined(separator: " ")) killed after \(delay / 1000) ms"
            let fsck = try scratch.git("fsck", "--strict", "--no-progress")
            #expect(fsck.status == 0, "\(context): \(fsck.output)")
            let inTree = scratch.read("hpa/order.yaml")?.contains(marker) == true
            let inHistory = try scratch.git("log", "--all", "-p", "--", "hpa/order.yaml").output
                .contains(marker)
            #expect(inTree || inHistory, "\(context): the edit is lost")

            let next = try scratch.lab("check", "hpa")
            #expect(next.stdout.contains("recorded: commit"), "\(context): \(next.stderr)")
            if command[0] == "start" {
                let again = try scratch.lab("start", command[1])
                #expect(again.status == 0, "\(context): \(again.stderr)")
            }
        }
        #expect(try scratch.git("status", "--porcelain").output.isEmpty)
        #expect(try scratch.git("fsck", "--strict").status == 0)
    }

    /// Kills the very first `lab start` (the one that creates the workspace) at points spread
    /// over its first 120 ms; `lab start` again must then work and git accept the result.
    @Test func killNineWhileCreatingTheWorkspaceLeavesAFolderWhereStartWorks() throws {
        let scratch = try ScratchWorkspace()
        for run in 0..<12 {
            let folder = "fresh-\(run)"
            try FileManager.default.createDirectory(
                at: scratch.url(folder), withIntermediateDirectories: true)
            let delay = useconds_t(run * 10_000)
            let victim = try RunningLab(
                ["start", "hpa"], in: scratch.url(folder), environment: scratch.environment)
            usleep(delay)
            victim.stop(with: SIGKILL)
            let again = try scratch.lab("start", "hpa", in: folder)
            #expect(
                again.status == 0, "run \(run), killed after \(delay / 1000) ms: \(again.stderr)")
            // Seen to fail once under a full parallel test run ("not a git repository" after a
            // successful start): say what the folder holds if it does again.
            let fsck = try scratch.git("fsck", "--strict", in: folder)
            let contents =
                (try? FileManager.default.subpathsOfDirectory(
                    atPath: scratch.url(folder).path))?.sorted().joined(separator: " ") ?? "?"
            #expect(
                fsck.status == 0,
                "run \(run), killed after \(delay / 1000) ms: \(fsck.output); \(folder): \(contents)"
            )
            let subjects = try scratch.git("log", "--format=%s", in: folder).output
            #expect(subjects == "start hpa\ninit LabKit workspace\n", "run \(run)")
        }
    }

    @Test func twoChecksAtOnceBothRecord() throws {
        let scratch = try ScratchWorkspace()
        _ = try scratch.lab("start", "hpa")
        try scratch.copySolution("hpa")
        let first = try RunningLab(["check"], in: scratch.root, environment: scratch.environment)
        let second = try RunningLab(["check"], in: scratch.root, environment: scratch.environment)
        first.process.waitUntilExit()
        second.process.waitUntilExit()
        #expect(first.process.terminationStatus == 0, "\(first.output)")
        #expect(second.process.terminationStatus == 0, "\(second.output)")
        let subjects = try scratch.git("log", "--format=%s").output
        #expect(subjects.components(separatedBy: "check hpa: pass 6/6").count - 1 == 2)
        #expect(try scratch.git("fsck", "--strict").status == 0)
        #expect(try scratch.git("tag").output == "lab/hpa/passed\n")
    }

    @Test func watchRechecksOnSaveAndStopsCleanlyOnControlC() throws {
        let scratch = try ScratchWorkspace()
        _ = try scratch.lab("start", "hpa")
        let watch = try RunningLab(
            ["watch"], in: scratch.url("hpa"), environment: scratch.environment)
        let firstCheck = watch.wait(upTo: 60) { $0.contains("FAIL hpa") }
        #expect(firstCheck, "\(watch.output)")
        try scratch.copySolution("hpa")
        let recheck = watch.wait(upTo: 60) { $0.contains("PASS hpa") }
        #expect(recheck, "\(watch.output)")
        #expect(watch.wait(upTo: 60) { $0.contains("first pass: tagged") })
        let status = watch.stop(with: SIGINT)
        #expect(status == 0, "\(watch.output)")
        #expect(watch.output.contains("stopped watching"))
        #expect(try scratch.git("fsck", "--strict").status == 0)
        #expect(try scratch.git("tag").output == "lab/hpa/passed\n")
    }
}
