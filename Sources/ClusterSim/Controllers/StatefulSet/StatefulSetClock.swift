/// Reads back the RFC 3339 timestamps `VirtualTime.timestamp` writes (`2026-01-01T00:00:10Z`),
/// so conditions' `lastTransitionTime` can be compared with the clock.
enum StatefulSetClock {
    /// The virtual time of `text`, to the second; nil when it is not in that form.
    static func time(_ text: String) -> VirtualTime? {
        let parts = text.split(whereSeparator: { "-T:Z".contains($0) }).compactMap { Int64($0) }
        guard parts.count == 6 else { return nil }
        let days = daysFromCivil(year: parts[0], month: parts[1], day: parts[2])
        let seconds = days * 86_400 + parts[3] * 3600 + parts[4] * 60 + parts[5]
        let boot = daysFromCivil(year: 2026, month: 1, day: 1) * 86_400
        return .milliseconds((seconds - boot) * 1000)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    private static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
