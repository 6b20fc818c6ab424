public import ArgumentParser

/// `lab`: the root command; each subcommand is a thin call into a library.
public struct LabCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "lab",
        abstract: "Learn Kubernetes with labs that run against a simulated cluster.",
        version: LabKitVersion.current,
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
public enum LabMain {
    public static func main() {
        LabCommand.main()
    }
}
