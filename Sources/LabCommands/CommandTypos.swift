import ArgumentParser
import Foundation
import KubeModel

/// "Did you mean" for a mistyped subcommand (`lab chek`, `lab sim rn`, `lab grade merg`),
/// which ArgumentParser would only call an unexpected argument.
enum CommandTypos {
    /// How far a typo may be from the command it means.
    static let limit = 2

    /// The error to print for `arguments` (without the program name), or nil when they name
    /// known commands (or nothing near one).
    static func message(for arguments: [String]) -> String? {
        var command: any ParsableCommand.Type = LabCommand.self
        var path = ["lab"]
        for argument in arguments {
            let subcommands = command.configuration.subcommands
            guard !argument.hasPrefix("-"), !subcommands.isEmpty else { return nil }
            let names = subcommands.map { $0._commandName }
            if let index = names.firstIndex(of: argument) {
                command = subcommands[index]
                path.append(argument)
                continue
            }
            let visible = subcommands.filter { $0.configuration.shouldDisplay }.map {
                $0._commandName
            }
            guard let near = visible.closest(to: argument, within: limit) else { return nil }
            // `lab grade ARG` grades ARG: only a name that is no file is a typo.
            if command.configuration.defaultSubcommand != nil,
                FileManager.default.fileExists(atPath: argument)
            {
                return nil
            }
            let usage = path.joined(separator: " ")
            return "unknown command \"\(argument)\"; did you mean \"\(usage) \(near)\"?\n"
                + "  hint: \(usage) --help lists the commands"
        }
        return nil
    }
}
