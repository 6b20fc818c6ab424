import Foundation
import LabKit
import LabWorkspace
import Synchronization

/// How long `lab watch` takes to re-check after a save.
///
/// From the write of a file of the lab's folder to the end of the recorded report
/// (`recorded: commit ...`), the way a student sees it. A release `lab watch hpa` runs in a scratch workspace holding the reference answer; each
/// save appends a comment to `order.yaml`. Target ≤ 100 ms; `LABKIT_BENCH_RUNS` (default 15).
enum WatchBenchmark {
    static func run() {
        let runs = max(1, Int(ProcessInfo.processInfo.environment["LABKIT_BENCH_RUNS"] ?? "") ?? 15)
        let id = ProcessInfo.processInfo.environment["LABKIT_BENCH_LAB"] ?? "hpa"
        guard
            let root = CourseLoader.locate(
                environment: ProcessInfo.processInfo.environment,
                executable: CommandLine.arguments[0],
                currentDirectory: FileManager.default.currentDirectoryPath),
            let course = CourseLoader.load(root: root).course
        else { return fail("cannot find the course: run from the repository or set LABKIT_COURSE") }
        let bench = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let lab = bench.deletingLastPathComponent().appendingPathComponent("lab")
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("labkit-bench-watch-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        do {
            let workspace = try Workspace.initialize(
                at: scratch, course: course, settings: WorkspaceSettings(labkitVersion: "bench")
            ).0
            _ = try workspace.start(id)
            let folder = workspace.folder(of: id)
            let answer = try FileManager.default.contentsOfDirectory(
                atPath: course.solutionDirectory(id)
            ).sorted()
            for name in answer {
                let target = folder.appendingPathComponent(name)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(
                    atPath: course.solutionDirectory(id) + "/" + name, toPath: target.path)
            }
            let process = Process()
            process.executableURL = lab
            process.arguments = ["watch", id]
            process.currentDirectoryURL = folder
            var environment = ProcessInfo.processInfo.environment
            environment["LABKIT_COURSE"] = root
            environment["NO_COLOR"] = "1"
            environment["LANG"] = "C"
            process.environment = environment
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            let recorded = Recorded()
            output.fileHandleForReading.readabilityHandler = { handle in
                recorded.read(handle.availableData)
            }
            try process.run()
            defer {
                process.interrupt()
                process.waitUntilExit()
                output.fileHandleForReading.readabilityHandler = nil
            }
            guard recorded.wait(for: 1, seconds: 30) != nil else {
                return fail("the first check of lab watch did not finish")
            }
            guard let manifest = answer.first(where: { $0.hasSuffix(".yaml") }) else {
                return fail("\(id) has no manifest in its reference answer")
            }
            let file = folder.appendingPathComponent(manifest)
            var latencies: [Double] = []
            for index in 1...runs {
                // Let a poll pass, as a student's saves are seconds apart.
                usleep(300_000)
                let handle = try FileHandle(forWritingTo: file)
                try handle.seekToEnd()
                let start = DispatchTime.now().uptimeNanoseconds
                try handle.write(contentsOf: Data("# save \(index)\n".utf8))
                try handle.close()
                guard let end = recorded.wait(for: index + 1, seconds: 30) else {
                    return fail("save \(index) was not re-checked")
                }
                latencies.append(Double(end - start) / 1e9)
            }
            report(
                "watch \(id): save to recorded report, median (max)",
                String(
                    format: "%.0f ms (%.0f ms)", latencies.median * 1000,
                    (latencies.max() ?? 0) * 1000),
                target: "≤ 100 ms")
        } catch {
            fail("\(error)")
        }
    }

    /// When each `recorded:` line arrived (uptime nanoseconds), from the reader thread.
    private final class Recorded: Sendable {
        private let state = Mutex<(pending: Data, times: [UInt64])>((Data(), []))

        func read(_ data: Data) {
            let now = DispatchTime.now().uptimeNanoseconds
            state.withLock { state in
                state.pending += data
                while let newline = state.pending.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = String(decoding: state.pending[..<newline], as: UTF8.self)
                    state.pending = Data(state.pending[(newline + 1)...])
                    if line.hasPrefix("recorded:") { state.times.append(now) }
                }
            }
        }

        /// The time of the `count`th `recorded:` line, waiting up to `seconds` for it.
        func wait(for count: Int, seconds: Double) -> UInt64? {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if let time = state.withLock({ $0.times.count >= count ? $0.times[count - 1] : nil }
                ) {
                    return time
                }
                usleep(1000)
            }
            return nil
        }
    }

    private static func fail(_ message: String) {
        FileHandle.standardError.write(Data("labkit-bench watch: \(message)\n".utf8))
    }
}
