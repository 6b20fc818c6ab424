/// One `Key: value` line at the end of a commit message (`Lab: hpa`, `Lab-Result: pass 5/5`),
/// the form `git interpret-trailers` and `git log --format=%(trailers)` read.
public struct Trailer: Sendable, Hashable {
    public var key: String
    public var value: String

    public init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }
}

extension Array where Element == Trailer {
    /// The value of the last trailer named `key` (compared case-insensitively, as git does).
    public func value(for key: String) -> String? {
        last { $0.key.lowercased() == key.lowercased() }?.value
    }
}
