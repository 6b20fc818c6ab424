public import Foundation

/// `.lab/workspace.json`: marks a git repository as a LabKit workspace.
///
/// Written once when the workspace is created and committed in its first commit; it never
/// records progress (that is read from the history, which cannot drift).
public struct WorkspaceManifest: Sendable, Codable, Hashable {
    /// The path of the marker, relative to the workspace root.
    public static let path = ".lab/workspace.json"
    public static let currentFormat = 1

    public var format: Int
    /// The course edition the workspace was created with (`2026.11`).
    public var course: String
    /// The LabKit version that created it.
    public var labkit: String

    public init(format: Int = Self.currentFormat, course: String, labkit: String) {
        self.format = format
        self.course = course
        self.labkit = labkit
    }

    /// The JSON as committed: sorted keys, one field a line, a final newline.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return data + Data("\n".utf8)
    }
}
