import ArgumentParser
import Foundation
import LabGrading

extension LabCommand {
    /// `lab grade merge DIR...`: one gradebook from the outputs of shards.
    struct GradeMerge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Combine the gradebooks of shards (lab grade --shard) into one.",
            discussion: "Reads DIR/gradebook.json of each shard and writes every format into --out."
        )

        @Argument(help: "The --out folders of the shards.")
        var folders: [String]

        @Option(help: "The folder to write the merged gradebook into.")
        var out: String = "grades"

        @Option(help: "Outputs to write, comma-separated: csv, json, junit, gradescope, markdown.")
        var format: String = "csv,json,junit,gradescope,markdown"

        func validate() throws {
            if case .failure(let unknown) = GradebookFormat.list(format) {
                throw ValidationError("unknown format \"\(unknown.name)\"")
            }
        }

        func run() throws {
            var parts: [Gradebook] = []
            for folder in folders {
                let file = URL(fileURLWithPath: folder).appendingPathComponent("gradebook.json")
                guard let data = FileManager.default.contents(atPath: file.path) else {
                    Terminal.error(
                        "cannot read \"\(file.path)\"\n  hint: merge the --out folders of "
                            + "`lab grade --shard` runs that wrote the json format")
                    throw ExitCode(1)
                }
                do {
                    parts.append(try Gradebook.decode(data))
                } catch {
                    Terminal.error("\(file.path): not a gradebook this lab can read: \(error)")
                    throw ExitCode(1)
                }
            }
            let merged: Gradebook
            switch GradebookMerge.merge(parts) {
            case .success(let gradebook): merged = gradebook
            case .failure(let conflict):
                Terminal.error(conflict.message)
                throw ExitCode(1)
            }
            let formats = (try? GradebookFormat.list(format).get()) ?? GradebookFormat.allCases
            do {
                try GradebookWriter(formats: formats).write(
                    merged, to: URL(fileURLWithPath: out))
            } catch {
                Terminal.error("cannot write the gradebook into \"\(out)\": \(error)")
                throw ExitCode(1)
            }
            print(
                "merged \(parts.count) gradebook(s): \(merged.students.count) student(s) into \(out)/"
            )
        }
    }
}
