import Foundation
import LabTestSupport

/// The built `lab` binary, run as a student runs it: arguments, working directory, environment,
/// standard input; its exit status and both output streams come back.
enum LabBinary {
    /// The repository root (the folder holding Package.swift and Labs/).
    static let root = Checkout.root

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The `lab` executable built next to the test bundle.
    static var executable: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("lab")
        return FileManager.default.fileExists(atPath: beside.path)
            ? beside : Bundle.main.bundleURL.appendingPathComponent("lab")
    }

    /// What the tests' environment must not pass on: the language (`LANG`, `LC_*`,
    /// `LANGUAGE`), LabKit's own settings (`LABKIT_COURSE`, ...), git's (`GIT_*`), colours.
    static func isLeaking(_ name: String) -> Bool {
        ["LANG", "LANGUAGE", "NO_COLOR", "TERM", "COLUMNS"].contains(name)
            || ["LC_", "LABKIT_", "GIT_"].contains { name.hasPrefix($0) }
    }

    /// The environment every `lab` and `git` process of the tests runs with.
    ///
    /// The parent's without what `isLeaking` names, then `LANG=C`, this repository's course
    /// and no colour, then `overrides`: a test sees the same `lab` whatever the shell that ran
    /// `swift test` had set (`LANG=ko_KR.UTF-8`, another `LABKIT_COURSE`).
    static func environment(
        _ overrides: [String: String],
        parent: [String: String] = ProcessInfo.processInfo.environment
    ) -> [String: String] {
        var fixed = parent.filter { !isLeaking($0.key) }
        fixed["LANG"] = "C"
        fixed["LABKIT_COURSE"] = root.path
        fixed["NO_COLOR"] = "1"
        return fixed.merging(overrides) { $1 }
    }

    /// Runs `lab arguments` in `directory` (default: the repository root) and waits for it.
    static func run(
        _ arguments: [String], in directory: URL = root, stdin: String? = nil,
        environment: [String: String] = [:],
        parent: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = Self.environment(environment, parent: parent)
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read stderr on its own thread so a full stderr pipe cannot stall a long stdout. A
        // Thread, not a dispatch queue: tests run on dispatch's few default-qos threads, and
        // blocking them all while waiting for a block queued behind them would deadlock.
        let stderrRead = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var err = Data()
        Thread {
            err = errors.fileHandleForReading.readDataToEndOfFile()
            stderrRead.signal()
        }.start()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        stderrRead.wait()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }
}
