/// Reading the RFC 3339 timestamps the store writes (`VirtualTime.timestamp`) back into virtual
/// time, so controllers compare a condition's `lastTransitionTime` with the clock as upstream
/// compares `metav1.Time` values (whole seconds, as the API serializes them).
extension VirtualTime {
    /// The boot instant `timestamp` counts from: 2026-01-01T00:00:00Z.
    static let bootEpochSeconds: Int64 = 1_767_225_600

    /// `2026-01-01T00:00:10Z` → 10 s; nil for text that is not in exactly that form.
    public init?(timestamp text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[4] == 45, bytes[7] == 45, bytes[10] == 84,
            bytes[13] == 58, bytes[16] == 58, bytes[19] == 90
        else { return nil }
        func number(_ range: Range<Int>) -> Int64? {
            var value: Int64 = 0
            for byte in bytes[range] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int64(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16),
            let second = number(17..<19)
        else { return nil }
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - Self.bootEpochSeconds
        self.init(milliseconds: seconds * 1000)
    }

    /// Howard Hinnant's `days_from_civil`, the inverse of the date conversion in `timestamp`.
    private static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
