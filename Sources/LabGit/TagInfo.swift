/// A tag and the commit it points at (through an annotated tag object, if it is one).
public struct TagInfo: Sendable, Hashable {
    /// Without the `refs/tags/` prefix: `lab/hpa/passed`.
    public var name: String
    public var commit: ObjectID

    public init(name: String, commit: ObjectID) {
        self.name = name
        self.commit = commit
    }
}
