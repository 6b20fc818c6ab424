/// How a file differs between two states, in the words `git status` and `git diff` use.
public enum ChangeKind: String, Sendable, Hashable, Codable {
    case added
    case modified
    case deleted
    case renamed
    /// A file became a symbolic link or the other way round.
    case typeChanged
}
