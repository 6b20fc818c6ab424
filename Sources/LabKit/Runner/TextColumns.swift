/// Left-aligned text columns as kubectl prints them: each column as wide as its longest cell
/// plus three spaces, the last one unpadded.
public enum TextColumns {
    /// One line per row; every row has the header's number of cells.
    public static func aligned(_ rows: [[String]]) -> [String] {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in
            rows.map { $0[column].count }.max() ?? 0
        }
        return rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                let isLast = column == row.count - 1
                line +=
                    isLast
                    ? cell : cell + String(repeating: " ", count: widths[column] - cell.count + 3)
            }
            return line
        }
    }
}
