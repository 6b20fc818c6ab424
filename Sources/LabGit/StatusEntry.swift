/// One path that `git status` would list, with its staged and unstaged change.
public struct StatusEntry: Sendable, Hashable {
    /// Relative to the work-tree root; an untracked directory that is itself a repository ends
    /// in `/`.
    public var path: String
    /// How the index differs from HEAD (what `git commit` would record); nil when it does not.
    public var staged: ChangeKind?
    /// How the work tree differs from the index; nil when it does not, `.added` when the file
    /// is untracked.
    public var unstaged: ChangeKind?
    /// A merge left conflicting versions of the file in the index.
    public var isConflicted: Bool

    public init(
        path: String, staged: ChangeKind? = nil, unstaged: ChangeKind? = nil,
        isConflicted: Bool = false
    ) {
        self.path = path
        self.staged = staged
        self.unstaged = unstaged
        self.isConflicted = isConflicted
    }

    /// Git does not know the file at all: it is neither in HEAD nor in the index.
    public var isUntracked: Bool { staged == nil && unstaged == .added }
}
