/// Where HEAD points: the state `git status` describes on its first line.
public enum Head: Sendable, Hashable {
    /// On a branch that has no commits yet (a new repository): "no commits yet", not an error.
    case unborn(branch: String)
    /// On a branch whose tip is `commit`.
    case branch(name: String, commit: ObjectID)
    /// Detached at `commit`, on no branch.
    case detached(commit: ObjectID)

    /// The commit HEAD points at; nil when there are no commits yet.
    public var commit: ObjectID? {
        switch self {
        case .unborn: nil
        case .branch(_, let commit), .detached(let commit): commit
        }
    }

    /// The branch HEAD is on (`main`); nil when detached.
    public var branch: String? {
        switch self {
        case .unborn(let name), .branch(let name, _): name
        case .detached: nil
        }
    }
}
