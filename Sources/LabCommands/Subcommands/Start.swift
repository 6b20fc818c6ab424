import ArgumentParser
import Foundation
import LabGit
import LabKit
import LabWorkspace

extension LabCommand {
    /// `lab start <id>`: copy a lab's starter files and instructions into the workspace.
    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "start",
            abstract: "Start a lab: copy its starter files and instructions into your workspace.",
            discussion: """
                Creates <id>/ in the workspace (found like git finds a repository) and records \
                it as a commit. Outside any workspace, it first creates one here (or in \
                ./lab-workspace when this folder has files). Files you already have are never \
                overwritten.
                """
        )

        @Argument(help: "The lab id (see lab list).")
        var id: String

        @OptionGroup var course: CourseOptions

        func run() throws {
            let context = try WorkspaceContext(course)
            // A mistyped id must not leave a new repository behind in the student's folder.
            try context.attempt { () throws(ProgressError) in
                try Workspace.requireLab(id, in: context.course)
            }
            let (workspace, origin) = try context.attempt { () throws(ProgressError) in
                try Workspace.openOrCreate(
                    from: context.currentDirectory, course: context.course,
                    settings: context.settings)
            }
            if origin != .existing {
                print(WorkspaceText.origin(origin, root: workspace.root.path))
            }
            let outcome = try context.attempt { () throws(ProgressError) in
                try workspace.start(id)
            }
            let language = context.settings.language
            let words = StudentWords(language: language)
            let folder = context.display(outcome.folder)
            if outcome.commit == nil {
                for line in words.alreadyStarted(id, folder: folder) { print(line) }
            } else {
                print(words.started(id, title: outcome.lab.title.text(in: language)))
            }
            print(words.startedFiles(folder, instructions: Workspace.instructionsFile) + "\n")
            print(outcome.lab.summary.text(in: language) + "\n")
            print(words.next)
            if folder != "." { print("  cd \(folder)") }
            print(words.editThenCheck)
        }
    }
}
