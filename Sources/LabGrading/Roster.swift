import Foundation

/// A roster CSV mapping submission names (folder or repository names) to student ids.
///
/// The first row is a header. The name column is the first of `name`, `folder`, `submission`,
/// `login`, `username`, `github`; the id column the first of `id`, `student_id`, `sis_id`,
/// `email`. Quoted fields follow RFC 4180.
public struct Roster: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var id: String

        public init(name: String, id: String) {
            self.name = name
            self.id = id
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// Why a roster cannot be used, with the line concerned.
    public struct Problem: Error, Sendable, Hashable {
        public var line: Int
        public var message: String

        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
    }

    static let nameColumns = ["name", "folder", "submission", "login", "username", "github"]
    static let idColumns = ["id", "student_id", "sis_id", "email"]

    /// What a header without the needed columns is told.
    public static let headerProblem =
        "the header needs a name column (\(nameColumns.joined(separator: ", "))) and an id "
        + "column (\(idColumns.joined(separator: ", ")))"

    /// Reads the CSV text of a roster.
    public static func parse(_ text: String) -> Result<Roster, Problem> {
        let rows = CSVTable.rows(text)
        guard let header = rows.first?.map({ $0.trimmed.lowercased() }) else {
            return .failure(Problem(line: 1, message: "the roster is empty"))
        }
        guard let nameColumn = nameColumns.lazy.compactMap({ header.firstIndex(of: $0) }).first,
            let idColumn = idColumns.lazy.compactMap({ header.firstIndex(of: $0) }).first
        else {
            return .failure(Problem(line: 1, message: headerProblem))
        }
        var entries: [Entry] = []
        var names: Set<String> = []
        for (offset, row) in rows.enumerated().dropFirst() {
            if row.allSatisfy({ $0.trimmed.isEmpty }) { continue }
            guard row.count > max(nameColumn, idColumn) else {
                return .failure(Problem(line: offset + 1, message: "the row has too few columns"))
            }
            let name = row[nameColumn].trimmed
            let id = row[idColumn].trimmed
            guard !name.isEmpty, !id.isEmpty else {
                return .failure(Problem(line: offset + 1, message: "the name or id is empty"))
            }
            guard names.insert(name).inserted else {
                return .failure(Problem(line: offset + 1, message: "\"\(name)\" is listed twice"))
            }
            entries.append(Entry(name: name, id: id))
        }
        return .success(Roster(entries: entries))
    }

    /// The id for a submission named `name`, if the roster lists it.
    public func id(forName name: String) -> String? {
        entries.first { $0.name == name }?.id
    }
}

extension String {
    var trimmed: String {
        trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
