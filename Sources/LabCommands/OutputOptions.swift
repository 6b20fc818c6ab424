public import ArgumentParser
import Foundation

/// When to colour output: only on a terminal by default, never when `NO_COLOR` is set.
public enum ColorChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    case auto
    case always
    case never

    func enabled(environment: [String: String], isTerminal: Bool) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: isTerminal && environment["NO_COLOR"].map(\.isEmpty) ?? true
        }
    }
}

/// Flags shared by commands that print reports.
struct OutputOptions: ParsableArguments {
    @Option(help: "Colour the output: auto (on a terminal), always or never.")
    var color: ColorChoice = .auto

    var colorsEnabled: Bool {
        color.enabled(
            environment: ProcessInfo.processInfo.environment,
            isTerminal: isatty(STDOUT_FILENO) == 1)
    }
}
