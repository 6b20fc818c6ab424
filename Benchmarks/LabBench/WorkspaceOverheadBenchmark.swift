import Foundation
import LabKit
import LabWorkspace

/// What recording costs: `lab check` inside a workspace (run, then commit the files and the
/// result, tag a pass) against `lab check ID --dir .` on the same files, which records nothing.
///
/// Both are spawned as a student runs them, alternately, from the lab's folder of a scratch
/// workspace; the target is at most 20 ms more. The in-process figures isolate the recording
/// from process start-up. `LABKIT_BENCH_RUNS` sets the runs per figure (default 15).
enum WorkspaceOverheadBenchmark {
    static func run() {
        let runs = max(1, Int(ProcessInfo.processInfo.environment["LABKIT_BENCH_RUNS"] ?? "") ?? 15)
        let environment = ProcessInfo.processInfo.environment
        guard
            let root = CourseLoader.locate(
                environment: environment, executable: CommandLine.arguments[0],
                currentDirectory: FileManager.default.currentDirectoryPath),
            let course = CourseLoader.load(root: root).course
        else { return fail("cannot find the course: run from the repository or set LABKIT_COURSE") }
        let bench = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let lab = bench.deletingLastPathComponent().appendingPathComponent("lab").path
        guard FileManager.default.isExecutableFile(atPath: lab) else {
            return fail("no lab beside labkit-bench at \(lab): swift build -c release")
        }
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("labkit-bench-workspace-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let settings = WorkspaceSettings(labkitVersion: "bench")
        do {
            let workspace = try Workspace.initialize(
                at: scratch, course: course, settings: settings
            ).0
            _ = try workspace.start("hpa")
            for name in try FileManager.default.contentsOfDirectory(
                atPath: course.solutionDirectory("hpa"))
            {
                let target = workspace.folder(of: "hpa").appendingPathComponent(name)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(
                    atPath: course.solutionDirectory("hpa") + "/" + name, toPath: target.path)
            }
            guard FileManager.default.changeCurrentDirectoryPath(workspace.folder(of: "hpa").path)
            else { return fail("cannot change to the workspace") }

            var plain: [Double] = []
            var recorded: [Double] = []
            for index in 0...runs {
                guard let dir = spawnTime(lab, ["check", "hpa", "--dir", "."]),
                    let inWorkspace = spawnTime(lab, ["check"])
                else { return fail("lab check did not exit 0") }
                // The first pair warms the page cache.
                if index > 0 {
                    plain.append(dir)
                    recorded.append(inWorkspace)
                }
            }
            report("workspace: lab check --dir, median", milliseconds(plain.median), target: "-")
            report(
                "workspace: lab check recorded, median", milliseconds(recorded.median), target: "-"
            )
            report(
                "workspace: recording overhead (medians)",
                milliseconds(recorded.median - plain.median), target: "≤ 20 ms")

            let lab = try workspace.loadLab("hpa")
            let folder = workspace.folder(of: "hpa").path
            let runOnly = (0..<runs).map { _ in
                let clock = WallClock()
                _ = LabRunner().run(lab, studentDirectory: folder)
                return clock.seconds
            }
            let withRecord = try (0..<runs).map { _ in
                let clock = WallClock()
                let attempt = try workspace.check("hpa", from: workspace.folder(of: "hpa"))
                if attempt.recordingError != nil { fail("not recorded") }
                return clock.seconds
            }
            report(
                "workspace: in process, recording alone",
                milliseconds(withRecord.median - runOnly.median), target: "-")
        } catch {
            fail("\(error)")
        }
    }

    /// Wall time of one spawned run (output to /dev/null); nil when it does not exit 0.
    private static func spawnTime(_ path: String, _ arguments: [String]) -> Double? {
        let clock = WallClock()
        guard SpawnedRun.exitStatus(path, arguments) == 0 else { return nil }
        return clock.seconds
    }

    private static func milliseconds(_ seconds: Double) -> String {
        String(format: "%.1f ms", seconds * 1000)
    }

    private static func fail(_ message: String) {
        FileHandle.standardError.write(Data("labkit-bench workspace: \(message)\n".utf8))
    }
}
