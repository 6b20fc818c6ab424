import ArgumentParser
import Foundation
import LabGit
import LabKit
import LabWorkspace

extension LabCommand {
    /// `lab log [<id>]`: the attempts and what changed between them.
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: "List a lab's attempts with time, result and what changed between them.",
            discussion: """
                Without an id: the lab folder you are in, else every lab. Your own git \
                commits in a lab's folder are listed too.
                """
        )

        @Argument(help: "The lab id.")
        var id: String?

        @OptionGroup var course: CourseOptions

        func run() throws {
            let context = try WorkspaceContext(course)
            let workspace = try context.workspace()
            let entries = try context.attempt { () throws(ProgressError) in
                let lab = id ?? workspace.labFolder(containing: context.currentDirectory)
                return try workspace.log(lab)
            }
            guard !entries.isEmpty else {
                print("no history yet: lab start \(id ?? "ID")")
                return
            }
            for entry in entries {
                print(WorkspaceText.logLine(entry))
                for change in entry.changes {
                    print("    " + WorkspaceText.change(change))
                }
            }
        }
    }
}
