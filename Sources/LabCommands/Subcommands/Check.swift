import ArgumentParser
import Foundation
import LabKit

extension LabCommand {
    /// `lab check <id> --dir DIR`: run a lab's checks on a student's manifests.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check your manifests against a lab by replaying it on a simulated cluster.",
            discussion: """
                Prints ✓/✗ per check; for a failure, what was expected and observed, the \
                evidence from the timeline, the file and line concerned, and a hint. Exits 0 \
                when every check passes, 1 when one does not.
                """
        )

        @Argument(help: "The lab id (see lab list).")
        var id: String

        @Option(help: "The folder with your manifests (default: the current directory).")
        var dir: String = "."

        @Flag(help: "Print a versioned JSON document instead of text (docs/lab-format.md).")
        var json = false

        @Flag(name: .shortAndLong, help: "Also print the whole timeline of the run.")
        var verbose = false

        @OptionGroup var course: CourseOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            try Self.validateDirectory(dir)
        }

        static func validateDirectory(_ dir: String) throws {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory),
                isDirectory.boolValue
            else {
                throw ValidationError("--dir \"\(dir)\" is not a directory")
            }
        }

        func run() throws {
            let loaded = try course.loadCourse()
            let lab = try course.lab(id, in: loaded)
            let report = LabRunner().run(lab, studentDirectory: dir)
            if json {
                let document = report.document(
                    language: course.language, directory: dir,
                    labkitVersion: LabKitVersion.current, courseVersion: loaded.version)
                print(LabReport.encode(document))
            } else {
                let text = CheckReport(
                    report: report, language: course.language, colors: output.colorsEnabled,
                    verbose: verbose
                ).text(directory: dir)
                print(text, terminator: "")
            }
            if !report.passed { throw ExitCode(1) }
        }
    }
}
