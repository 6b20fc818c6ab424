import ArgumentParser
import Foundation
import KubeYAML
import LabDiagnostics
import LabKit

extension LabCommand {
    /// `lab sim run FILE`: run one scenario and show what happened and which expectations held.
    struct SimRun: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Run a scenario file and report its timeline and expectations.",
            discussion: """
                Prints the timeline with virtual timestamps, the load reports, and one line per \
                expectation. Exits 0 when every expectation holds, 1 when one does not or the \
                scenario has errors. The scenario language is described in docs/scenarios.md.
                """
        )

        @Argument(help: "The scenario file (YAML).")
        var file: String

        @Option(name: .long, help: "A directory of student files that apply steps read first.")
        var dir: String?

        @Flag(help: "Print a versioned JSON document instead of text.")
        var json = false

        @Flag(name: .shortAndLong, help: "Also print events and each load's per-second series.")
        var verbose = false

        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let dir {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory),
                    isDirectory.boolValue
                else {
                    throw ValidationError("--dir \"\(dir)\" is not a directory")
                }
            }
        }

        func run() throws {
            if let problem = Self.unreadable(file) {
                print(
                    DiagnosticRenderer(colors: output.colorsEnabled).render([problem]),
                    terminator: "")
                throw ExitCode(1)
            }
            let parse = ScenarioParser().parse(path: file)
            guard var scenario = parse.scenario else {
                if json {
                    print(try SimReport.json(parse: parse))
                } else {
                    print(
                        DiagnosticRenderer(colors: output.colorsEnabled).render(parse.diagnostics),
                        terminator: "")
                }
                throw ExitCode(1)
            }
            var warnings = parse.diagnostics
            if scenario.cluster.imageCatalog == nil,
                ClusterFactory.nearestImageCatalog(from: scenario.file) == nil
            {
                scenario.cluster.imageCatalog = CourseOptions.courseImageCatalog
                if scenario.cluster.imageCatalog == nil {
                    warnings.append(Self.noCatalogWarning(file: scenario.file))
                }
            }
            let result = ScenarioRunner(studentDirectory: dir).run(scenario)
            if json {
                print(try SimReport.json(result, warnings: warnings))
            } else {
                print(
                    SimReport.text(
                        result, warnings: warnings, colors: output.colorsEnabled, verbose: verbose),
                    terminator: "")
            }
            if !result.passed { throw ExitCode(1) }
        }

        /// A scenario path that is not a regular file of a sensible size (a named pipe would
        /// block the reader, a huge file fill memory); nil for one the parser may read.
        static func unreadable(_ file: String) -> Diagnostic? {
            var info = stat()
            guard stat(file, &info) == 0 else { return nil }
            let at = SourceLocation(file: file, line: 1, column: 1)
            let limit = ManifestLimits.standard.maxFileBytes
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                guard info.st_size > limit else { return nil }
                return .error(
                    "file is larger than the \(limit)-byte limit (\(info.st_size) bytes)", at: at,
                    hint: "a scenario is a few kilobytes: check the path")
            case S_IFDIR:
                return .error(
                    "\"\(file)\" is a folder, not a scenario file", at: at,
                    hint:
                        "give the path of a scenario file (YAML), e.g. Labs/scenarios/hpa-siege.yaml"
                )
            default:
                return .error(
                    "\"\(file)\" is not a regular file: only regular files are read", at: at,
                    hint: "give the path of a scenario file (YAML)")
            }
        }

        private static func noCatalogWarning(file: String) -> Diagnostic {
            .warning(
                "no image catalogue: no images.yaml above the scenario and no course found, so "
                    + "every image fails to pull (ErrImagePull)",
                at: SourceLocation(file: file, line: 1, column: 1),
                hint: "add `images: PATH/TO/images.yaml` under `cluster:`, or set LABKIT_COURSE")
        }
    }
}
