import Foundation
import LabKit

/// How long a student waits for `lab check` and an author for `lab dev check`.
///
/// Spawns the release `lab` built beside this benchmark, as a user runs it (a fresh process per
/// run: start-up, course and lab parsing, linting, the simulated run, rendering), and also times
/// the library path in this process to show how much of that is process start-up.
/// `LABKIT_BENCH_RUNS` sets the runs per figure (default 7).
enum LabCheckBenchmark {
    static func run() {
        let runs = max(1, Int(ProcessInfo.processInfo.environment["LABKIT_BENCH_RUNS"] ?? "") ?? 7)
        guard let root = courseRoot(), let course = CourseLoader.load(root: root).course else {
            fail("cannot find the course: run from the repository or set LABKIT_COURSE")
            return
        }
        let lab = labExecutable()
        guard FileManager.default.isExecutableFile(atPath: lab.path) else {
            fail("no lab beside labkit-bench at \(lab.path): swift build -c release")
            return
        }
        var spawnedMedians: [Double] = []
        for id in course.labIDs {
            let arguments = ["check", id, "--dir", course.solutionDirectory(id)]
            guard let times = spawnTimes(lab, arguments, in: root, runs: runs) else { return }
            spawnedMedians.append(times.median)
            report(
                "\(id): lab check, median (max)",
                "\(milliseconds(times.median)) (\(milliseconds(times.max() ?? 0)))",
                target: "≤ 150 ms")
            let library = (0..<runs).map { _ in inProcessTime(id: id, root: root) }
            report("\(id): in process, median", milliseconds(library.median), target: "-")
        }
        report(
            "slowest lab check, median", milliseconds(spawnedMedians.max() ?? 0),
            target: "≤ 150 ms")
        if let times = spawnTimes(lab, ["dev", "check"], in: root, runs: runs) {
            report(
                "lab dev check (\(course.labIDs.count) labs), median (max)",
                "\(milliseconds(times.median)) (\(milliseconds(times.max() ?? 0)))",
                target: "≤ 1000 ms")
        }
    }

    /// Course load, lab parse and run, as `lab check` does them, without process start-up.
    private static func inProcessTime(id: String, root: String) -> Double {
        let clock = WallClock()
        guard let course = CourseLoader.load(root: root).course,
            let lab = course.lab(id).lab
        else { return .nan }
        let report = LabRunner().run(lab, studentDirectory: course.solutionDirectory(id))
        let seconds = clock.seconds
        if !report.passed { fail("the solution of \(id) does not pass in process") }
        return seconds
    }

    /// Wall times of `runs` runs of `lab arguments` after one untimed run (to warm the page
    /// cache); nil, with a message, when a run does not exit 0.
    private static func spawnTimes(
        _ lab: URL, _ arguments: [String], in root: String, runs: Int
    ) -> [Double]? {
        guard FileManager.default.changeCurrentDirectoryPath(root) else {
            fail("cannot change to \(root)")
            return nil
        }
        var times: [Double] = []
        for index in 0...runs {
            let clock = WallClock()
            guard let status = SpawnedRun.exitStatus(lab.path, arguments) else {
                fail("cannot run \(lab.path)")
                return nil
            }
            let seconds = clock.seconds
            guard status == 0 else {
                fail("lab \(arguments.joined(separator: " ")) exited \(status)")
                return nil
            }
            if index > 0 { times.append(seconds) }
        }
        return times
    }

    private static func courseRoot() -> String? {
        CourseLoader.locate(
            environment: ProcessInfo.processInfo.environment,
            executable: CommandLine.arguments[0],
            currentDirectory: FileManager.default.currentDirectoryPath)
    }

    /// The release `lab` that `swift build -c release` puts beside `labkit-bench`.
    private static func labExecutable() -> URL {
        let bench = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return bench.deletingLastPathComponent().appendingPathComponent("lab")
    }

    private static func milliseconds(_ seconds: Double) -> String {
        String(format: "%.0f ms", seconds * 1000)
    }

    private static func fail(_ message: String) {
        FileHandle.standardError.write(Data("labkit-bench check: \(message)\n".utf8))
    }
}
