import ArgumentParser
import Foundation
import LabGit
import LabKit
import LabWorkspace

extension LabCommand {
    /// `lab solution <id> [--force]`: the reference answer, once the lab passed.
    struct Solution: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "solution",
            abstract: "Show a lab's reference answer once you have passed it.",
            discussion: """
                With --force it is shown before you pass, and that is recorded in your history \
                (instructors see it).
                """
        )

        @Argument(help: "The lab id.")
        var id: String

        @Flag(help: "Show it even though the lab has not passed yet (recorded).")
        var force = false

        @OptionGroup var course: CourseOptions

        func run() throws {
            let context = try WorkspaceContext(course)
            let workspace = try context.workspace()
            let outcome = try context.attempt { () throws(ProgressError) in
                try workspace.solution(id, force: force)
            }
            if outcome.isForced {
                print("shown before a pass (recorded as \"Lab-Forced: yes\")\n")
            }
            for (index, file) in outcome.files.enumerated() {
                if index > 0 { print("") }
                print("# \(id)/\(file.path)")
                print(String(decoding: file.contents, as: UTF8.self), terminator: "")
            }
        }
    }
}
