import Foundation
import LabTestSupport
import Testing

/// What must survive: `kill -9` at any moment, two commands at once, and `lab watch` stopped
/// with Ctrl-C.
@Suite("The workspace survives kills, races and Ctrl-C")
struct WorkspaceReliabilityTests {
    /// How long `arguments` take to run here and now, in microseconds: kill points are spread
    /// over the command's own duration, so they fall inside it on a fast machine and on a
    /// loaded one alike (fixed delays all landed after the end on one, at the start on the
    /// other).
    static func duration(
        of arguments: String..., in scratch: ScratchWorkspace, path: String = ""
    ) throws -> Double {
        let start = ContinuousClock.now
        _ = try scratch.lab(arguments, in: path)
        let elapsed = (ContinuousClock.now - start).components
        return Double(elapsed.seconds) * 1e6 + Double(elapsed.attoseconds) / 1e12
    }

    /// Kills `lab check`, `lab reset` and `lab start` at points spread from their beginning to
    /// a little past their end (as long as each took here), and after each kill checks that
    /// git accepts the repository, the student's edit survives (in the work tree or in a
    /// commit), and the next command works.
    @Test func killNineAtManyPointsLosesNothing() throws {
        let scratch = try ScratchWorkspace()
        #expect(try scratch.lab("start", "hpa").status == 0)
        let timing = try ScratchWorkspace()
        let durations = [
            "start": try Self.duration(of: "start", "hpa", in: timing),
            "check": try Self.duration(of: "check", "hpa", in: timing),
            "reset": try Self.duration(of: "reset", "hpa", in: timing),
        ]
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
            // A scattered fraction from 0 to 1.2 of the command's duration.
            let fraction = Double((run * 97) % 301) / 250
            let delay = useconds_t(fraction * (durations[command[0]] ?? 300_000))
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
    /// over the first half of its duration here (where the repository is created); `lab start`
    /// again must then work and git accept the result.
    @Test func killNineWhileCreatingTheWorkspaceLeavesAFolderWhereStartWorks() throws {
        let scratch = try ScratchWorkspace()
        try FileManager.default.createDirectory(
            at: scratch.url("timing"), withIntermediateDirectories: true)
        let duration = try Self.duration(of: "start", "hpa", in: scratch, path: "timing")
        for run in 0..<12 {
            let folder = "fresh-\(run)"
            try FileManager.default.createDirectory(
                at: scratch.url(folder), withIntermediateDirectories: true)
            let delay = useconds_t(Double(run) / 24 * duration)
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
