import Foundation

/// Where commits get their time from: the system clock, or a fixed time in tests, which makes
/// commit ids reproducible.
public struct SignatureClock: Sendable {
    private let read: @Sendable () -> SignatureTime

    public init(_ read: @escaping @Sendable () -> SignatureTime) {
        self.read = read
    }

    public func now() -> SignatureTime { read() }

    /// The current time with the machine's UTC offset, as `git commit` records it.
    public static let system = SignatureClock {
        let date = Date()
        return SignatureTime(
            date, utcOffsetMinutes: TimeZone.current.secondsFromGMT(for: date) / 60)
    }

    /// Always `time`.
    public static func fixed(_ time: SignatureTime) -> SignatureClock {
        SignatureClock { time }
    }
}
