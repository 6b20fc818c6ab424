import KubeModel
import LabDiagnostics

/// A manifest file's text, checked for what breaks YAML before the parser sees it.
///
/// Beginners paste from lecture notes: a byte order mark, tabs, a heredoc's `EOF`, the shell line
/// that opened it, Markdown fences. Each gets one diagnostic on its own line; pasted lines are
/// blanked (keeping line numbers) so the rest of the file is still checked.
struct SourceText {
    let file: String
    /// The original lines, for carets under diagnostics.
    let lines: [String]
    /// What the parser reads: the file without BOM and with pasted shell lines blanked.
    let parseBytes: [UInt8]

    func diagnostic(
        _ severity: Diagnostic.Severity, _ message: String, line: Int, column: Int,
        fieldPath: FieldPath? = nil, hint: String? = nil, notes: [String] = []
    ) -> Diagnostic {
        // libyaml also breaks lines at a lone "\r" or U+2028 and reports end-of-file problems
        // one line past the end: clamp to the lines a student sees.
        var (line, column) = (max(1, line), max(1, column))
        if !lines.isEmpty, line > lines.count {
            (line, column) = (lines.count, lines[lines.count - 1].unicodeScalars.count + 1)
        }
        return Diagnostic(
            severity, message, at: SourceLocation(file: file, line: line, column: column),
            fieldPath: fieldPath.map(\.description),
            sourceLine: line <= lines.count ? lines[line - 1] : nil, notes: notes, hint: hint)
    }

    /// Checks `bytes`; returns nil (with the reasons) when the file cannot be parsed at all.
    static func prepare(
        _ bytes: [UInt8], file: String, diagnostics: inout [Diagnostic],
        detectsPastedLines: Bool = true
    ) -> SourceText? {
        var body = bytes[...]
        var bomWarning = false
        if body.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = body.dropFirst(3)
            bomWarning = true
        }
        if let bad = UTF8Check.firstInvalid(in: body) {
            let text = SourceText(file: file, lines: [], parseBytes: [])
            diagnostics.append(
                text.diagnostic(
                    .error,
                    "file is not valid UTF-8 (byte 0x\(String(bad.byte, radix: 16, uppercase: true)))",
                    line: bad.line, column: bad.column,
                    hint: "save the file with UTF-8 encoding"))
            return nil
        }
        var lines = Self.lines(of: String(decoding: body, as: UTF8.self))
        if lines.last == "" { lines.removeLast() }
        let original = SourceText(file: file, lines: lines, parseBytes: [])
        if bomWarning {
            diagnostics.append(
                original.diagnostic(
                    .warning, "file starts with a byte order mark (BOM); it was ignored",
                    line: 1, column: 1, hint: "save the file as UTF-8 without BOM"))
        }
        let conflicts = ConflictMarkers.diagnostics(lines, source: original)
        guard conflicts.isEmpty else {
            diagnostics += conflicts
            return nil
        }
        if let tabs = tabIndentation(lines, source: original) {
            diagnostics.append(tabs)
            return nil
        }
        var parseLines = lines
        for (index, line) in lines.enumerated() where detectsPastedLines {
            guard let pasted = PastedLine.classify(line) else { continue }
            diagnostics.append(
                original.diagnostic(
                    .error, pasted.message, line: index + 1, column: pasted.column,
                    hint: pasted.hint))
            parseLines[index] = ""
        }
        let joined = parseLines.joined(separator: "\n") + "\n"
        return SourceText(file: file, lines: lines, parseBytes: Array(joined.utf8))
    }

    /// The lines of `text`, split where YAML (and libyaml) breaks a line: LF, CR LF, a lone CR,
    /// NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.
    ///
    /// The parser is given the lines joined with LF, so the line libyaml reports, the line a
    /// diagnostic shows and the line an editor shows are one and the same (a lone CR used to
    /// shift every later line, and the position of an object past the end of the file).
    static func lines(of text: String) -> [String] {
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            if scalar == "\n", afterCarriageReturn { continue }
            if YAMLBreak.isBreak(scalar) {
                lines.append(String(line))
                line = String.UnicodeScalarView()
            } else {
                line.append(scalar)
            }
        }
        lines.append(String(line))
        return lines
    }

    /// One error at the first line indented with a tab, listing any others.
    private static func tabIndentation(_ lines: [String], source: SourceText) -> Diagnostic? {
        var found: [(line: Int, column: Int)] = []
        for (index, line) in lines.enumerated() {
            let indentation = line.unicodeScalars.prefix { $0 == " " || $0 == "\t" }
            if let tab = indentation.firstIndex(of: "\t") {
                found.append(
                    (index + 1, indentation.distance(from: indentation.startIndex, to: tab) + 1))
            }
        }
        guard let first = found.first else { return nil }
        let others = found.dropFirst().map { String($0.line) }
        return source.diagnostic(
            .error, "tab character in indentation", line: first.line, column: first.column,
            hint: "YAML indentation must use spaces; replace each tab with spaces",
            notes: others.isEmpty
                ? []
                : [
                    "tabs also indent line\(others.count > 1 ? "s" : "") \(others.joined(separator: ", "))"
                ])
    }
}
