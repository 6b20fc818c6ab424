public import Foundation

/// Runs the real `git` (tests only; the library never does) with an isolated configuration.
public struct GitCLI {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public struct Failure: Error, CustomStringConvertible {
        public let arguments: [String]
        public let status: Int32
        public let output: String

        public var description: String {
            "git \(arguments.joined(separator: " ")) exited \(status): \(output)"
        }
    }

    /// Runs git and returns its standard output; throws `Failure` on a non-zero exit.
    @discardableResult
    public func callAsFunction(_ arguments: String..., environment: [String: String] = [:]) throws
        -> String
    {
        let result = try run(arguments, environment: environment)
        guard result.status == 0 else {
            throw Failure(arguments: arguments, status: result.status, output: result.output)
        }
        return result.output
    }

    /// Runs git and returns its exit status and combined output, whatever the status.
    public func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (
        status: Int32, output: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var variables = ProcessInfo.processInfo.environment
        for (key, value) in Self.isolation.merging(environment, uniquingKeysWith: { $1 }) {
            variables[key] = value
        }
        process.environment = variables
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// No user or system config, a fixed identity and dates.
    private static let isolation = [
        "GIT_CONFIG_GLOBAL": "/dev/null",
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Plain Git",
        "GIT_AUTHOR_EMAIL": "plain@example.edu",
        "GIT_COMMITTER_NAME": "Plain Git",
        "GIT_COMMITTER_EMAIL": "plain@example.edu",
        "GIT_AUTHOR_DATE": "1700000500 +0000",
        "GIT_COMMITTER_DATE": "1700000500 +0000",
        "LC_ALL": "C",
    ]
}
