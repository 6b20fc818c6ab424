import ArgumentParser
import Foundation
import LabGit
import LabKit
import LabWorkspace

extension LabCommand {
    /// `lab init [DIR]`: make a folder a LabKit workspace.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create a LabKit workspace (a git repository) in a folder.",
            discussion: """
                A git repository already at DIR is kept, with its history, and marked as a \
                workspace. `lab start` creates one by itself when you are outside any workspace.
                """
        )

        @Argument(help: "The folder (default: the current directory); created if missing.")
        var directory: String = "."

        @OptionGroup var course: CourseOptions

        func run() throws {
            let context = try WorkspaceContext(course)
            let target = URL(fileURLWithPath: directory, relativeTo: context.currentDirectory)
                .standardizedFileURL
            let (workspace, origin) = try context.attempt { () throws(ProgressError) in
                try Workspace.initialize(
                    at: target, course: context.course, settings: context.settings)
            }
            print(WorkspaceText.origin(origin, root: workspace.root.path))
            let first = context.course.labIDs.first ?? "ID"
            print("next: lab start \(first)   (lab list shows the course)")
        }
    }
}
