import ArgumentParser
import Foundation
import LabGit
import LabKit
import LabWorkspace

extension LabCommand {
    /// `lab export [--output FILE]`: the workspace as one git bundle file.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write your workspace, with its whole history, to one file to hand in.",
            discussion: """
                The file is a git bundle: every commit, branch and tag in one file that \
                `git clone FILE` reads. You can also hand in by pushing the workspace to any \
                git host (docs/workspace.md).
                """
        )

        @Option(name: .shortAndLong, help: "The file (default: <workspace>.bundle beside it).")
        var output: String?

        @OptionGroup var course: CourseOptions

        func run() throws {
            let context = try WorkspaceContext(course)
            let workspace = try context.workspace()
            let file = output.map {
                URL(fileURLWithPath: $0, relativeTo: context.currentDirectory).standardizedFileURL
            }
            let outcome = try context.attempt { () throws(ProgressError) in
                try workspace.export(to: file)
            }
            print(
                "wrote \(outcome.file.path) (a git bundle: \(outcome.references.count) "
                    + "references with all their history)")
            print("check it: git clone \(outcome.file.path) /tmp/check-my-work")
        }
    }
}
