/// The person git records as a commit's author and committer.
public struct Identity: Sendable, Hashable {
    public var name: String
    public var email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }

    /// Used for whatever git config leaves unset, so a fresh machine can still record attempts;
    /// `.invalid` is the top-level domain reserved for addresses that must never resolve.
    public static let fallback = Identity(name: "LabKit Student", email: "student@labkit.invalid")
}
