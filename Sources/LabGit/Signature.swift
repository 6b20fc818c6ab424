/// Who made a commit and when, as recorded in it.
public struct Signature: Sendable, Hashable {
    public var name: String
    public var email: String
    public var time: SignatureTime

    public init(name: String, email: String, time: SignatureTime) {
        self.name = name
        self.email = email
        self.time = time
    }
}
