import ArgumentParser
import LabKit

extension LabCommand {
    /// `lab replay <id>`: the lab's run as a student would watch it.
    struct Replay: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "replay",
            abstract: "Replay a lab's scenario and show its timeline with virtual timestamps.",
            discussion: """
                Shows what `kubectl get -w` and siege would have printed while the lab ran on \
                your files (or on the reference solution), then the checks.
                """
        )

        @Argument(help: "The lab id (see lab list).")
        var id: String

        @Option(help: "The folder with your manifests (default: the current directory).")
        var dir: String?

        @Flag(help: "Replay the reference solution instead of your files.")
        var solution = false

        @OptionGroup var course: CourseOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if solution, dir != nil {
                throw ValidationError("give either --dir or --solution, not both")
            }
            if let dir { try Check.validateDirectory(dir) }
        }

        func run() throws {
            let loaded = try course.loadCourse()
            let lab = try course.lab(id, in: loaded)
            let directory = solution ? loaded.solutionDirectory(id) : (dir ?? ".")
            let report =
                solution
                ? LabRunner().run(lab, studentDirectory: directory)
                : LabRunner().run(lab, studentFolder: directory)
            let text = CheckReport(
                report: report, language: course.language, colors: output.colorsEnabled,
                verbose: true
            ).text(directory: directory)
            print(text, terminator: "")
            if !report.passed { throw ExitCode(1) }
        }
    }
}
