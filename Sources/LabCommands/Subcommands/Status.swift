import ArgumentParser
import Foundation
import LabGit
import LabKit
import LabWorkspace

extension LabCommand {
    /// `lab status`: the course as a table, read from the workspace's history.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Show your progress through the course, read from the git history.")

        @Flag(help: "Print a versioned JSON document instead of the table (docs/workspace.md).")
        var json = false

        @OptionGroup var course: CourseOptions

        func run() throws {
            let context = try WorkspaceContext(course)
            let workspace = try context.workspace()
            let (progress, detached) = try context.attempt { () throws(ProgressError) in
                (try workspace.progress(), try workspace.detachedHead())
            }
            let words = StudentWords(language: context.settings.language)
            if let detached {
                Terminal.error(words.detachedStatus(detached))
            }
            if json {
                var document = StatusDocument(
                    progress, courseVersion: context.course.version,
                    labkitVersion: LabKitVersion.current, workspace: workspace.root.path)
                document.detachedHead = detached?.commit.hex
                print(document.encoded())
                return
            }
            print("\(progress.title) \(words.workspace(workspace.root.path))\n")
            print(WorkspaceText.statusTable(progress.labs, words: words), terminator: "")
            let passed = progress.labs.filter { $0.state == .passed }.count
            print("\n" + words.labsPassed(passed, of: progress.labs.count))
            if let next = progress.labs.first(where: { $0.state == .inProgress }) {
                print(words.nextCommand("lab check \(next.id)"))
            } else if let next = progress.labs.first(where: { $0.state == .notStarted }) {
                print(words.nextCommand("lab start \(next.id)"))
            }
        }
    }
}
