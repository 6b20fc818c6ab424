/// One commit as `git log` shows it: ids, people, times, message and trailers.
public struct CommitInfo: Sendable, Hashable, Identifiable {
    public var id: ObjectID
    /// The shortest unique abbreviation of `id`, at least 7 digits (`git log --oneline`).
    public var shortID: String
    /// The first line of the message.
    public var subject: String
    /// The whole message as stored, subject and trailers included.
    public var message: String
    /// The `Key: value` lines that end the message, in order, as `git interpret-trailers`
    /// parses them.
    public var trailers: [Trailer]
    public var author: Signature
    public var committer: Signature
    /// First parent first; empty for a root commit, two or more for a merge.
    public var parents: [ObjectID]

    public init(
        id: ObjectID, shortID: String, subject: String, message: String, trailers: [Trailer],
        author: Signature, committer: Signature, parents: [ObjectID]
    ) {
        self.id = id
        self.shortID = shortID
        self.subject = subject
        self.message = message
        self.trailers = trailers
        self.author = author
        self.committer = committer
        self.parents = parents
    }
}
