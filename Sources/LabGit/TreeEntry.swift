/// A file recorded in a commit, as `git ls-tree -r -l` lists it.
public struct TreeEntry: Sendable, Hashable {
    /// What git recorded at the path.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A regular file (mode 100644).
        case file
        /// A regular file with the executable bit (mode 100755).
        case executable
        /// A symbolic link (mode 120000): the blob holds the link's target, not a file's
        /// contents, and is never followed.
        case symlink
        /// A submodule (mode 160000): a commit of another repository, with no contents here.
        case submodule
    }

    /// Relative to the repository root, with `/` separators.
    public var path: String
    public var kind: Kind
    /// The blob (or, for a submodule, the commit) the entry names.
    public var id: ObjectID
    /// The blob's size in bytes; nil for a submodule.
    public var size: Int?

    public init(path: String, kind: Kind, id: ObjectID, size: Int?) {
        self.path = path
        self.kind = kind
        self.id = id
        self.size = size
    }
}
