import Foundation
import LabGit
import LabKit
import LabTestSupport
import LabWorkspace

/// The course of this checkout, loaded once.
let course = Checkout.course

/// Settings with a fixed author and time, so commit ids are reproducible.
let fixedSettings = WorkspaceSettings(
    labkitVersion: "0.1.0-test", language: .en,
    clock: .fixed(SignatureTime(secondsSince1970: 1_700_000_000, utcOffsetMinutes: 60)),
    author: Identity(name: "Ada Student", email: "ada@example.edu"), lockWait: .zero)

/// A fresh temporary folder for one test, removed afterwards, with plain `git` for checking.
final class ProgressSandbox: ScratchFolder {
    init() throws {
        try super.init(prefix: "labworkspace-tests")
    }

    /// A new workspace in `path`, with the fixed settings.
    func workspace(_ path: String = "", settings: WorkspaceSettings = fixedSettings) throws
        -> Workspace
    {
        try Workspace.initialize(at: url(path), course: course, settings: settings).0
    }

    /// Copies the reference answer of lab `id` over `<id>/`.
    func copySolution(_ id: String, into folder: String? = nil) throws {
        let solution = URL(fileURLWithPath: course.solutionDirectory(id))
        for name in try FileManager.default.contentsOfDirectory(atPath: solution.path) {
            let target = url("\(folder ?? id)/\(name)")
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: solution.appendingPathComponent(name), to: target)
        }
    }

    /// Runs plain git in `path`, isolated from the machine's config; throws on failure.
    @discardableResult
    func git(_ arguments: String..., in path: String = "") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = arguments
        process.currentDirectoryURL = url(path)
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in [
            "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "Plain Git", "GIT_AUTHOR_EMAIL": "plain@example.edu",
            "GIT_COMMITTER_NAME": "Plain Git", "GIT_COMMITTER_EMAIL": "plain@example.edu",
            "GIT_AUTHOR_DATE": "1700000500 +0000", "GIT_COMMITTER_DATE": "1700000500 +0000",
            "LC_ALL": "C",
        ] {
            environment[key] = value
        }
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw GitFailure(arguments: arguments, output: text)
        }
        return text
    }

    struct GitFailure: Error, CustomStringConvertible {
        let arguments: [String]
        let output: String
        var description: String { "git \(arguments.joined(separator: " ")): \(output)" }
    }
}
