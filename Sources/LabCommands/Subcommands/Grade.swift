import ArgumentParser

extension LabCommand {
    /// `lab grade ...`: grade a class by re-executing every lab on the submitted files.
    struct Grade: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "grade",
            abstract: "Grade students' workspaces by re-running every lab on their files.",
            discussion: """
                `lab grade SUBMISSIONS...` runs `lab grade run`; `lab grade merge` combines the \
                outputs of shards. See docs/grading.md for the outputs, the flags and sharding.
                """,
            subcommands: [GradeRun.self, GradeMerge.self, GradeWorker.self],
            defaultSubcommand: GradeRun.self
        )
    }
}
