/// Renders diagnostics as a compiler would: a header line, the source line, a caret, then notes
/// and the hint.
///
/// Returns text; printing is the command line's job.
public struct DiagnosticRenderer: Sendable {
    public var colors: Bool

    public init(colors: Bool) {
        self.colors = colors
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var lines = [header(diagnostic)]
        if let source = diagnostic.sourceLine, let location = diagnostic.location {
            let gutter = String(repeating: " ", count: String(location.line).count)
            lines.append("\(gutter) |")
            lines.append("\(location.line) | \(source.expandingTabs)")
            let pad = String(
                source.unicodeScalars.prefix(max(0, location.column - 1)).map {
                    $0 == "\t" ? "    " : " "
                }.joined())
            lines.append("\(gutter) | \(pad)\(paint("^", .green))")
        }
        for note in diagnostic.notes {
            lines.append("  \(paint("note:", .bold)) \(note)")
        }
        if let hint = diagnostic.hint {
            lines.append("  \(paint("hint:", .cyan)) \(hint)")
        }
        return lines.joined(separator: "\n")
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { render($0) + "\n" }.joined()
    }

    private func header(_ diagnostic: Diagnostic) -> String {
        let place = diagnostic.location.map { paint("\($0): ", .bold) } ?? ""
        let label: String
        switch diagnostic.severity {
        case .error: label = paint("error:", .red)
        case .warning: label = paint("warning:", .yellow)
        case .note: label = paint("note:", .bold)
        }
        return "\(place)\(label) \(paint(diagnostic.message, .bold))"
    }

    private enum Style: String {
        case red = "31;1"
        case yellow = "33;1"
        case green = "32;1"
        case cyan = "36;1"
        case bold = "1"
    }

    private func paint(_ text: String, _ style: Style) -> String {
        colors ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}

extension String {
    fileprivate var expandingTabs: String {
        unicodeScalars.map { $0 == "\t" ? "    " : String($0) }.joined()
    }
}
