import Foundation

/// The built `lab` binary, run as a student runs it: arguments, working directory, environment,
/// standard input; its exit status and both output streams come back.
enum LabBinary {
    /// The repository root (the folder holding Package.swift and Labs/).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

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

    /// Runs `lab arguments` in `directory` (default: the repository root) and waits for it.
    static func run(
        _ arguments: [String], in directory: URL = root, stdin: String? = nil,
        environment: [String: String] = [:]
    ) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
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
