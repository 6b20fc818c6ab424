import ArgumentParser

extension LabCommand {
    /// `lab dev ...`: tools for lab authors.
    struct Dev: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "dev",
            abstract: "Tools for lab authors.",
            subcommands: [DevCheck.self]
        )
    }
}
