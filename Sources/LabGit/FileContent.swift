public import Foundation

/// What a path holds in a commit: a file's bytes, or a symbolic link's target (never followed,
/// so a student's link cannot make grading read files outside the submission).
public enum FileContent: Sendable, Hashable {
    case file(Data, isExecutable: Bool)
    case symlink(target: String)

    /// The default for `Repository.contents(of:at:maxBytes:)`: 1 MiB, far more than any
    /// manifest and far less than a stray video.
    public static let defaultMaxBytes = 1 << 20

    /// The bytes of a file; nil for a symbolic link.
    public var data: Data? {
        switch self {
        case .file(let data, _): data
        case .symlink: nil
        }
    }
}
