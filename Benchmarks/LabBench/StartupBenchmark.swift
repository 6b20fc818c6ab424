import Foundation
import LabKit

/// Whether every command starts fast (issue 17): each command's wall time as a ratio of
/// `lab --version` from the same build, a fresh process per run, median of
/// `LABKIT_BENCH_RUNS` (default 15) runs taken in turns so the machine's noise hits all alike.
///
/// Targets: `lab list` ≤ 1.5×, `lab check <lab>` on each reference solution ≤ 3×.
enum StartupBenchmark {
    static func run() {
        let runs = max(1, Int(ProcessInfo.processInfo.environment["LABKIT_BENCH_RUNS"] ?? "") ?? 15)
        guard
            let root = CourseLoader.locate(
                environment: ProcessInfo.processInfo.environment,
                executable: CommandLine.arguments[0],
                currentDirectory: FileManager.default.currentDirectoryPath),
            let course = CourseLoader.load(root: root).course
        else { return fail("cannot find the course: run from the repository or set LABKIT_COURSE") }
        let bench = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let lab = bench.deletingLastPathComponent().appendingPathComponent("lab").path
        guard FileManager.default.isExecutableFile(atPath: lab) else {
            return fail("no lab beside labkit-bench at \(lab): swift build -c release")
        }
        // Another folder than the checkout, as a student runs an installed `lab`.
        guard FileManager.default.changeCurrentDirectoryPath(NSTemporaryDirectory()) else {
            return fail("cannot change to the temporary directory")
        }
        let commands: [(name: String, arguments: [String], target: Double?)] =
            [("lab --version", ["--version"], nil), ("lab list", ["list"], 1.5)]
            + course.labIDs.map { id in
                ("lab check \(id)", ["check", id, "--dir", course.solutionDirectory(id)], 3)
            }
        var times = Array(repeating: [Double](), count: commands.count)
        // One untimed round warms the page cache.
        for round in 0...runs {
            for (index, command) in commands.enumerated() {
                let clock = WallClock()
                guard SpawnedRun.exitStatus(lab, command.arguments) == 0 else {
                    return fail("\(command.name) did not exit 0")
                }
                if round > 0 { times[index].append(clock.seconds) }
            }
        }
        let base = times[0].median
        report("startup: lab --version, median", milliseconds(base), target: "the unit")
        var worstCheck = 0.0
        for (index, command) in commands.enumerated().dropFirst() {
            let ratio = times[index].median / base
            if command.name.hasPrefix("lab check") { worstCheck = max(worstCheck, ratio) }
            report(
                "startup: \(command.name), median (×)",
                "\(milliseconds(times[index].median)) (\(String(format: "%.2f", ratio))×)",
                target: command.target.map { "≤ \($0)×" } ?? "-")
        }
        report(
            "startup: slowest lab check (×)", String(format: "%.2f×", worstCheck), target: "≤ 3×")
    }

    private static func milliseconds(_ seconds: Double) -> String {
        String(format: "%.0f ms", seconds * 1000)
    }

    private static func fail(_ message: String) {
        FileHandle.standardError.write(Data("labkit-bench startup: \(message)\n".utf8))
    }
}
