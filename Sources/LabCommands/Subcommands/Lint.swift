import ArgumentParser
import Foundation
import KubeYAML
import LabDiagnostics

extension LabCommand {
    /// `lab lint FILE|DIR|-...`: load manifests and explain every problem in them.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Check Kubernetes manifests and explain every problem found.",
            discussion: """
                Reads files, every *.yaml, *.yml and *.json directly inside a directory, or \
                standard input ("-"). Exits 0 when there are no errors (warnings are allowed), \
                1 when there is any error.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text
            case json
        }

        @Argument(help: "Manifest files or directories to check; \"-\" reads standard input.")
        var paths: [String]

        @Option(help: "Output format: text or json.")
        var format: Format = .text

        @Option(help: "Largest manifest file to read, in bytes.")
        var maxFileSize: Int = ManifestLimits.standard.maxFileBytes

        @Flag(name: .shortAndLong, help: "List every object found, not only the problems.")
        var verbose = false

        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard maxFileSize > 0 else {
                throw ValidationError("--max-file-size must be a positive number of bytes")
            }
            if paths.filter({ $0 == "-" }).count > 1 {
                throw ValidationError("standard input (\"-\") can be read only once")
            }
        }

        func run() throws {
            var limits = ManifestLimits.standard
            limits.maxFileBytes = maxFileSize
            limits.sizeOption = "--max-file-size"
            let linter = ManifestLinter(loader: ManifestLoader(limits: limits))
            var result = ManifestSet()
            for path in paths {
                let set =
                    path == "-"
                    ? linter.lint(
                        bytes: StandardInput.read(limit: maxFileSize + 1), file: "<stdin>")
                    : linter.lint(paths: [path])
                result.objects += set.objects
                result.diagnostics += set.diagnostics
                result.files += set.files
            }
            switch format {
            case .text:
                print(
                    LintReport.text(result, colors: output.colorsEnabled, verbose: verbose),
                    terminator: "")
            case .json:
                print(try LintReport.json(result))
            }
            if result.hasErrors { throw ExitCode(1) }
        }
    }
}
