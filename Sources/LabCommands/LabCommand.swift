public import ArgumentParser
import Foundation

/// `lab`: the root command; each subcommand is a thin call into a library.
public struct LabCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "lab",
        abstract: "Learn Kubernetes with labs that run against a simulated cluster.",
        version: LabKitVersion.current,
        // Each subcommand names itself (`commandName`): a name derived from the type costs a
        // scan of the runtime's conformance tables at every start (docs/benchmarks.md).
        subcommands: [
            List.self, Init.self, Start.self, Check.self, Watch.self, Status.self, Hint.self,
            Log.self, Reset.self, Solution.self, Export.self, Grade.self, Replay.self, Lint.self,
            Sim.self, Dev.self,
        ]
    )

    public init() {}
}

/// The version printed by `lab --version` and recorded in results.
public enum LabKitVersion {
    public static let current = "0.1.0"
}

/// The entry point the `lab` executable calls, so it needs no ArgumentParser import of its own.
///
/// It runs the command as `ParsableCommand.main()` does, with two additions: a mistyped
/// subcommand gets a "did you mean" (exit 64), and output that could not be written
/// (`lab check > /dev/full`) is an error (exit 1) instead of a silent success.
public enum LabMain {
    public static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let typo = CommandTypos.message(for: arguments) {
            Terminal.error(typo)
            StandardOutput.finish(exitCode: 64)
        }
        var code: Int32 = 0
        do {
            var command = try LabCommand.parseAsRoot(arguments)
            try command.run()
        } catch {
            code = LabCommand.exitCode(for: error).rawValue
            let message = LabCommand.fullMessage(for: error)
            if !message.isEmpty {
                // Help and --version are output; anything else goes to standard error.
                if code == 0 {
                    print(message)
                } else {
                    fflush(nil)
                    FileHandle.standardError.write(Data((message + "\n").utf8))
                }
            }
        }
        StandardOutput.finish(exitCode: code)
    }
}
