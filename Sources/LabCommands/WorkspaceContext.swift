import ArgumentParser
import Foundation
import LabKit
import LabWorkspace

/// What every workspace command starts from: the course, the settings commits are written
/// with, and the current directory; plus the one way their errors are printed.
struct WorkspaceContext {
    let course: Course
    let settings: WorkspaceSettings
    let currentDirectory: URL

    init(_ options: CourseOptions) throws {
        course = try options.loadCourse()
        settings = WorkspaceSettings(
            labkitVersion: LabKitVersion.current, language: options.language)
        currentDirectory = URL(
            fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    }

    /// The workspace around the current directory.
    func workspace() throws -> Workspace {
        try attempt { () throws(ProgressError) in
            try Workspace.discover(from: currentDirectory, course: course, settings: settings)
        }
    }

    /// Runs `body`, printing a `ProgressError` as `error: ...` with its hint and exiting 1
    /// (64 for an unknown lab, a usage error).
    func attempt<T>(_ body: () throws(ProgressError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw Self.fail(error)
        }
    }

    /// Prints `error` and returns the exit code to throw.
    static func fail(_ error: ProgressError) -> ExitCode {
        // What was printed before the error comes first, even when stdout is a pipe.
        fflush(nil)
        Terminal.error(error.description)
        if case .unknownLab = error { return ExitCode(64) }
        return ExitCode(1)
    }

    /// `path` as the student would type it from the current directory.
    func display(_ url: URL) -> String {
        Workspace.displayPath(of: url, from: currentDirectory)
    }
}
