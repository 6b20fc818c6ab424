/// A point on the simulated cluster's clock, in milliseconds since the cluster booted.
///
/// Nothing in the simulation reads the wall clock: seconds of wall time replay minutes of
/// cluster time, and the same inputs give the same run.
public struct VirtualTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var milliseconds: Int64

    public init(milliseconds: Int64) {
        self.milliseconds = milliseconds
    }

    public static let zero = VirtualTime(milliseconds: 0)

    public static func seconds(_ seconds: Double) -> VirtualTime {
        VirtualTime(milliseconds: Int64((seconds * 1000).rounded()))
    }

    public static func milliseconds(_ milliseconds: Int64) -> VirtualTime {
        VirtualTime(milliseconds: milliseconds)
    }

    public var seconds: Double { Double(milliseconds) / 1000 }

    public static func < (lhs: VirtualTime, rhs: VirtualTime) -> Bool {
        lhs.milliseconds < rhs.milliseconds
    }

    public static func + (lhs: VirtualTime, rhs: VirtualTime) -> VirtualTime {
        VirtualTime(milliseconds: lhs.milliseconds + rhs.milliseconds)
    }

    public static func - (lhs: VirtualTime, rhs: VirtualTime) -> VirtualTime {
        VirtualTime(milliseconds: lhs.milliseconds - rhs.milliseconds)
    }

    /// `12.5s`, as timelines print it.
    public var description: String {
        let whole = milliseconds / 1000
        let fraction = milliseconds % 1000
        if fraction == 0 { return "\(whole)s" }
        var text = String(fraction + 1000).dropFirst()
        while text.hasSuffix("0") { text = text.dropLast() }
        return "\(whole).\(text)s"
    }

    /// kubectl's AGE column: `45s`, `3m12s`, `2h5m`.
    public var age: String {
        let total = max(0, milliseconds / 1000)
        if total < 120 { return "\(total)s" }
        if total < 600 { return "\(total / 60)m\(total % 60 == 0 ? "" : "\(total % 60)s")" }
        if total < 3 * 3600 {
            let minutes = total / 60
            return minutes < 60
                ? "\(minutes)m" : "\(minutes / 60)h\(minutes % 60 == 0 ? "" : "\(minutes % 60)m")"
        }
        return total < 48 * 3600 ? "\(total / 3600)h" : "\(total / 86400)d"
    }

    /// RFC 3339 text for metadata timestamps, counted from a fixed boot instant so runs repeat.
    public var timestamp: String {
        let boot = Self.bootEpochSeconds
        let seconds = boot + milliseconds / 1000
        let days = seconds / 86400
        let secondsOfDay = seconds % 86400
        let (year, month, day) = Self.civil(fromDays: days)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(secondsOfDay / 3600)):"
            + "\(two(secondsOfDay % 3600 / 60)):\(two(secondsOfDay % 60))Z"
    }

    /// Go's `time.RFC1123Z`, as `kubectl describe` prints times: `Thu, 01 Jan 2026 00:00:10 +0000`.
    public var rfc1123: String {
        let seconds = Self.bootEpochSeconds + milliseconds / 1000
        let days = seconds / 86400
        let secondsOfDay = seconds % 86400
        let (year, month, day) = Self.civil(fromDays: days)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        // 1970-01-01 was a Thursday.
        let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][Int(days % 7)]
        let months = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ]
        return "\(weekday), \(two(day)) \(months[Int(month) - 1]) \(year) "
            + "\(two(secondsOfDay / 3600)):\(two(secondsOfDay % 3600 / 60)):\(two(secondsOfDay % 60)) +0000"
    }

    /// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
    private static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
