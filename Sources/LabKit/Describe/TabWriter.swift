/// Go's `text/tabwriter` as `kubectl describe` configures it (`NewWriter(out, 0, 8, 2, ' ', 0)`):
/// tab-terminated cells are aligned in column blocks of consecutive lines, each column as wide
/// as its widest cell plus two spaces; a line's last cell is not aligned.
///
/// A line with fewer cells ends the blocks of the columns it lacks, which is why `Name:` and
/// `Namespace:` line up with each other but not with the `Containers:` section below them.
/// Widths count characters (runes), as Go does, not terminal columns.
struct TabWriter {
    private static let padding = 2
    /// Lines not yet aligned, as cells.
    private var lines: [[String]] = []
    private var output: [String] = []

    /// Adds one line, its cells separated by tabs.
    mutating func write(_ line: String) {
        lines.append(line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
    }

    /// Aligns the lines written so far on their own (`Flush`: what follows starts new blocks).
    mutating func flush() {
        format(column: 0, widths: [], from: 0, to: lines.count, into: &output)
        lines.removeAll()
    }

    /// Every line, aligned.
    consuming func finish() -> [String] {
        flush()
        return output
    }

    /// Upstream `Writer.format`: finds the blocks of column `column` in `from..<to`, aligns
    /// the columns right of it within each block, and writes the lines outside any block.
    private func format(
        column: Int, widths: [Int], from start: Int, to end: Int, into output: inout [String]
    ) {
        var first = start
        var line = start
        while line < end {
            guard column < lines[line].count - 1 else {
                line += 1
                continue
            }
            write(first..<line, widths: widths, into: &output)
            first = line
            var width = 0
            while line < end, column < lines[line].count - 1 {
                width = max(width, lines[line][column].unicodeScalars.count + Self.padding)
                line += 1
            }
            format(
                column: column + 1, widths: widths + [width], from: first, to: line, into: &output)
            first = line
        }
        write(first..<end, widths: widths, into: &output)
    }

    private func write(_ range: Range<Int>, widths: [Int], into output: inout [String]) {
        for index in range {
            let cells = lines[index]
            var text = ""
            for (column, cell) in cells.enumerated() {
                text += cell
                if column < widths.count {
                    text += String(
                        repeating: " ", count: max(0, widths[column] - cell.unicodeScalars.count))
                }
            }
            output.append(text)
        }
    }
}
