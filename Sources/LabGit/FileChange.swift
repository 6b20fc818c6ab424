/// One file that differs between two commits, with line counts as `git diff --numstat` gives.
public struct FileChange: Sendable, Hashable {
    /// The path in the newer commit (the old path for a deleted file).
    public var path: String
    /// The path in the older commit, when the file was renamed.
    public var oldPath: String?
    public var kind: ChangeKind
    public var linesAdded: Int
    public var linesRemoved: Int
    /// Git considers the file binary; the line counts are then zero.
    public var isBinary: Bool

    public init(
        path: String, oldPath: String? = nil, kind: ChangeKind, linesAdded: Int,
        linesRemoved: Int, isBinary: Bool = false
    ) {
        self.path = path
        self.oldPath = oldPath
        self.kind = kind
        self.linesAdded = linesAdded
        self.linesRemoved = linesRemoved
        self.isBinary = isBinary
    }
}
