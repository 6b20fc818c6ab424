/// Left-aligned text columns as kubectl prints them.
///
/// Each column is as wide as its longest cell plus three spaces, the last one unpadded. Widths
/// are terminal columns: a Hangul or CJK character takes two, as every terminal draws it.
public enum TextColumns {
    /// One line per row; every row has the header's number of cells.
    public static func aligned(_ rows: [[String]]) -> [String] {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in
            rows.map { width(of: $0[column]) }.max() ?? 0
        }
        return rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                let isLast = column == row.count - 1
                line +=
                    isLast
                    ? cell
                    : cell + String(repeating: " ", count: widths[column] - width(of: cell) + 3)
            }
            return line
        }
    }

    /// Terminal columns `text` takes: two for East Asian wide and fullwidth characters
    /// (Unicode UAX #11: Hangul, CJK, fullwidth forms), one for the rest.
    public static func width(of text: String) -> Int {
        text.reduce(0) { total, character in
            let scalar = character.unicodeScalars.first?.value ?? 0
            return total + (wideRanges.contains { $0.contains(scalar) } ? 2 : 1)
        }
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6,
    ]
}
