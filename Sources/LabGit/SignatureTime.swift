public import Foundation

/// A moment as git records it in a commit: whole seconds since 1970 plus the author's UTC
/// offset, which git keeps so `git log` can show local time.
public struct SignatureTime: Sendable, Hashable, Comparable {
    public var secondsSince1970: Int64
    /// Minutes east of UTC (`+0200` is 120).
    public var utcOffsetMinutes: Int

    public init(secondsSince1970: Int64, utcOffsetMinutes: Int = 0) {
        self.secondsSince1970 = secondsSince1970
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// Truncates `date` to whole seconds, as git does.
    public init(_ date: Date, utcOffsetMinutes: Int = 0) {
        self.init(
            secondsSince1970: Int64(date.timeIntervalSince1970.rounded(.down)),
            utcOffsetMinutes: utcOffsetMinutes)
    }

    public var date: Date { Date(timeIntervalSince1970: TimeInterval(secondsSince1970)) }

    /// Orders by the instant only; the offset is how it was written down.
    public static func < (lhs: SignatureTime, rhs: SignatureTime) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }
}
