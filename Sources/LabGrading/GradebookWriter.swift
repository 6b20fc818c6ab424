public import Foundation

/// Writes a gradebook into an output folder in the formats asked for.
public struct GradebookWriter: Sendable {
    public var formats: [GradebookFormat]

    public init(formats: [GradebookFormat] = GradebookFormat.allCases) {
        self.formats = formats
    }

    /// The files written, relative to `folder`.
    @discardableResult
    public func write(_ gradebook: Gradebook, to folder: URL) throws -> [String] {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        var written: [String] = []
        func put(_ data: Data, _ name: String) throws {
            try data.write(to: folder.appendingPathComponent(name), options: .atomic)
            written.append(name)
        }
        for format in formats {
            switch format {
            case .csv: try put(Data(gradebook.csv().utf8), "gradebook.csv")
            case .json: try put(gradebook.jsonData(), "gradebook.json")
            case .junit: try put(Data(gradebook.junit().utf8), "junit.xml")
            case .markdown: try put(Data(gradebook.summaryMarkdown().utf8), "summary.md")
            case .gradescope:
                try manager.createDirectory(
                    at: folder.appendingPathComponent("results"), withIntermediateDirectories: true)
                var used: Set<String> = []
                for student in gradebook.students {
                    // Ids that differ only in characters a file name cannot hold get a suffix.
                    var name = ClassGrader.safeName(student.id)
                    var suffix = 2
                    while used.contains(name) {
                        name = "\(ClassGrader.safeName(student.id))~\(suffix)"
                        suffix += 1
                    }
                    used.insert(name)
                    try put(
                        GradescopeResults(student: student, in: gradebook).jsonData(),
                        "results/\(name).json")
                }
            }
        }
        return written
    }
}
