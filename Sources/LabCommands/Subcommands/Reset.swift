import ArgumentParser
import Foundation
import LabGit
import LabKit
import LabWorkspace

extension LabCommand {
    /// `lab reset <id>`: the starter files back, the current ones kept in git.
    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset",
            abstract: "Put a lab's starter files back, after saving your files in git.")

        @Argument(help: "The lab id.")
        var id: String

        @OptionGroup var course: CourseOptions

        func run() throws {
            let context = try WorkspaceContext(course)
            let workspace = try context.workspace()
            let outcome = try context.attempt { () throws(ProgressError) in
                try workspace.reset(id)
            }
            let folder = context.display(workspace.folder(of: id))
            print("reset \(id): \(folder)/ has the starter files again")
            if let previous = outcome.previous {
                let how = outcome.saved == nil ? "were already in" : "are saved in"
                print("your previous files \(how) commit \(previous.short); to get them back:")
                print("  git checkout \(previous.short) -- \(id)/")
            }
        }
    }
}
