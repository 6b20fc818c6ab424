import ArgumentParser
import Foundation
import LabDiagnostics
import LabKit

extension LabCommand {
    /// `lab dev check [<id>]`: prove every lab is well formed, its starter fails and its
    /// solution passes.
    struct DevCheck: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check that labs are well formed, starters fail and solutions pass.",
            discussion: """
                For each lab: lab.yaml decodes strictly, ids are unique, every text is in \
                English and Korean, start/ and Solutions/<id>/ hold the same files, the starter \
                fails at least one check and the solution passes every check.
                """
        )

        @Argument(help: "Lab ids to check (default: the whole course).")
        var ids: [String] = []

        @OptionGroup var course: CourseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let loaded = try course.loadCourse()
            for id in ids where !loaded.labIDs.contains(id) {
                // A lab being written is checked before it is listed; anything else is a typo.
                guard FileManager.default.fileExists(atPath: "\(loaded.labDirectory(id))/lab.yaml")
                else {
                    _ = try course.lab(id, in: loaded)
                    continue
                }
                Terminal.error(
                    "warning: Labs/\(id) is not listed in Labs/course.yaml: it is checked, but "
                        + "lab list and lab start do not offer it until a unit lists it")
            }
            let validator = CourseValidator(course: loaded)
            let results = validator.validate(ids.isEmpty ? nil : ids)
            let renderer = DiagnosticRenderer(colors: output.colorsEnabled)
            var failures = 0
            for result in results {
                let solution = result.solution.map { "solution \($0.points)/\($0.lab.points)" }
                let start = result.start.map { "start \($0.points)/\($0.lab.points)" }
                let figures = [solution, start].compactMap { $0 }.joined(separator: ", ")
                print("\(result.passed ? "✓" : "✗") \(result.id)  \(figures)")
                if !result.problems.isEmpty {
                    print(renderer.render(result.problems), terminator: "")
                }
                if !result.passed { failures += 1 }
            }
            if ids.isEmpty {
                for id in validator.unlistedLabs() {
                    print("✗ \(id)  Labs/\(id) is not listed in Labs/course.yaml")
                    failures += 1
                }
            }
            print("\(results.count - failures) of \(results.count) labs are sound")
            if failures > 0 { throw ExitCode(1) }
        }
    }
}
