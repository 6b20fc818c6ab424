import ArgumentParser
import Foundation
import LabGit
import LabKit
import LabWorkspace

extension LabCommand {
    /// `lab watch [<id>]`: `lab check --watch`.
    struct Watch: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "watch",
            abstract: "Check again each time you save a file in the lab's folder (Ctrl-C stops).",
            discussion: "The same as `lab check --watch`; each check is recorded."
        )

        @Argument(help: "The lab id (default: the lab folder you are in, else the last started).")
        var id: String?

        @Flag(name: .shortAndLong, help: "Also print the whole timeline of each run.")
        var verbose = false

        @OptionGroup var course: CourseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            var arguments = ["--watch", "--color", output.color.rawValue]
            if let id { arguments.insert(id, at: 0) }
            if verbose { arguments.append("--verbose") }
            if let lang = course.lang { arguments += ["--lang", lang.rawValue] }
            let check = try Check.parse(arguments)
            try check.run()
        }
    }
}
