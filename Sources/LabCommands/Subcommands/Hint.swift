import ArgumentParser
import Foundation
import LabGit
import LabKit
import LabWorkspace

extension LabCommand {
    /// `lab hint [<id>] [--level N]`: the next hint for the first failing check.
    struct Hint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hint",
            abstract: "Show the next hint for the first check that did not pass.",
            discussion: """
                Each call shows one more level, from a nudge to a near answer; the use is \
                recorded in your history. Based on your last `lab check`.
                """
        )

        @Argument(help: "The lab id (default: the lab folder you are in, else the last started).")
        var id: String?

        @Option(help: "Show this level (1 is the gentlest) instead of the next one.")
        var level: Int?

        @OptionGroup var course: CourseOptions

        func run() throws {
            let context = try WorkspaceContext(course)
            let workspace = try context.workspace()
            let outcome = try context.attempt { () throws(ProgressError) in
                try workspace.hint(id, level: level, from: context.currentDirectory)
            }
            let language = context.settings.language
            let words = StudentWords(language: language)
            guard let check = outcome.check else {
                print(words.noHint(outcome.lab.id))
                return
            }
            print("\(check.title.text(in: language)) (\(outcome.lab.id), check \(check.id))")
            for (index, hint) in outcome.hints.enumerated() {
                print(words.hint(index + 1, of: outcome.levels, hint))
            }
            if outcome.level < outcome.levels {
                print(words.moreHints(outcome.lab.id))
            }
        }
    }
}
