import ArgumentParser
import Foundation
import LabGrading
import LabKit

extension LabCommand {
    /// `lab grade worker`: runs lab checks for `lab grade`, one request per line on standard
    /// input, one answer per line on standard output (not for people).
    struct GradeWorker: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "worker",
            abstract: "Run lab checks for lab grade in a separate process.",
            shouldDisplay: false
        )

        @Option(help: "The folder holding Labs/.")
        var courseRoot: String

        @Option(help: "The language of lab text.")
        var lang: LanguageChoice = .en

        func run() throws {
            let parse = CourseLoader.load(root: courseRoot)
            guard let course = parse.course else {
                Terminal.error("the check worker cannot load the course at \"\(courseRoot)\"")
                throw ExitCode(1)
            }
            CheckWorker.serve(
                course: course, language: Language(rawValue: lang.rawValue) ?? .en,
                input: .standardInput, output: .standardOutput)
        }
    }
}
