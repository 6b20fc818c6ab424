import ArgumentParser

extension LabCommand {
    /// `lab sim ...`: run scenarios against the simulated cluster.
    struct Sim: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sim",
            abstract: "Run scenarios against the simulated cluster.",
            subcommands: [SimRun.self]
        )
    }
}
