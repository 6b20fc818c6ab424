import Foundation
import LabTestSupport
import Testing

/// `lab lint` as a student runs it: the built binary, its output and its exit code.
@Suite("lab lint from the command line")
struct LintCommandTests {
    static let root = LabBinary.root

    /// Runs the `lab` binary built next to the test bundle, in the repository root.
    static func lab(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]
    ) throws -> LabBinary.Run {
        try LabBinary.run(arguments, stdin: stdin, environment: environment)
    }

    @Test func cleanManifestsExitZero() throws {
        let run = try Self.lab(["lint", "--verbose", "Labs/examples/seeds"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("ok: deployment/order (Labs/examples/seeds/001-order.yaml:2)"))
        #expect(run.stdout.hasSuffix("8 files, 10 objects: 0 errors, 2 warnings\n"))
    }

    @Test func mistakesExitOneWithCompilerStyleDiagnostics() throws {
        let run = try Self.lab(["lint", "Labs/examples/mistakes/001-siege-indentation.yaml"])
        #expect(run.status == 1)
        #expect(
            run.stdout == """
                Labs/examples/mistakes/001-siege-indentation.yaml:8:5: error: unknown field "spec.image"
                  |
                8 |     image: apexacme/siege-nginx
                  |     ^
                  hint: "image" belongs under "spec.containers[0]" (line 7): indent it to line up with "name" in column 7
                1 file, 0 objects: 1 error, 0 warnings

                """)
    }

    @Test func standardInputIsRead() throws {
        let yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: lab\n  nmae: typo\n"
        let run = try Self.lab(["lint", "-"], stdin: yaml)
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("<stdin>:5:3: error: unknown field \"metadata.nmae\""))
    }

    @Test func jsonOutputIsVersioned() throws {
        let run = try Self.lab([
            "lint", "--format", "json", "Labs/examples/mistakes/003-bootcamp-typos.yaml",
        ])
        #expect(run.status == 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        #expect(object["errors"] as? Int == 4)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["line"] as? Int == 6)
        #expect(diagnostics.first?["fieldPath"] as? String == "metadata.name")
    }

    @Test func colourOnlyWhenAsked() throws {
        let plain = try Self.lab(["lint", "Labs/examples/mistakes/000-hpa-heredoc.yaml"])
        #expect(!plain.stdout.contains("\u{1B}["))
        let coloured = try Self.lab([
            "lint", "--color", "always", "Labs/examples/mistakes/000-hpa-heredoc.yaml",
        ])
        #expect(coloured.stdout.contains("\u{1B}[31;1merror:"))
    }

    static let usageErrors: [([String], String)] = [
        (["lint"], "Error: Missing expected argument '<paths> ...'"),
        (
            ["lint", "--format", "yaml", "x.yaml"],
            "Error: The value 'yaml' is invalid for '--format <format>'. Please provide one of "
                + "'text' and 'json'."
        ),
        (
            ["lint", "--max-file-size", "0", "x.yaml"],
            "Error: --max-file-size must be a positive number of bytes"
        ),
        (["lint", "-", "-"], "Error: standard input (\"-\") can be read only once"),
        (["frobnicate"], "Error: Unexpected argument 'frobnicate'"),
    ]

    @Test(arguments: usageErrors)
    func usageErrorsExit64(_ arguments: [String], says first: String) throws {
        let run = try Self.lab(arguments)
        #expect(run.status == 64)
        #expect(run.stderr.split(separator: "\n").first.map(String.init) == first)
        #expect(run.stdout.isEmpty)
    }

    @Test func missingFileIsAnErrorNotACrash() throws {
        let run = try Self.lab(["lint", "no-such-file.yaml"])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("no-such-file.yaml:1:1: error: no such file or directory"))
    }
}
