import Foundation

/// The files `lab grade --format` can write into `--out` (docs/grading.md).
public enum GradebookFormat: String, Sendable, CaseIterable {
    case csv
    case json
    case junit
    case gradescope
    case markdown

    /// Parses `csv,json,junit`, each format once; a failure names the first unknown one.
    public static func list(_ text: String) -> Result<[GradebookFormat], UnknownFormat> {
        var formats: [GradebookFormat] = []
        for name in text.split(separator: ",") {
            let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = GradebookFormat(rawValue: trimmed) else {
                return .failure(UnknownFormat(name: trimmed))
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return .success(formats)
    }

    public struct UnknownFormat: Error, Sendable, Hashable {
        public var name: String

        public init(name: String) {
            self.name = name
        }
    }
}
