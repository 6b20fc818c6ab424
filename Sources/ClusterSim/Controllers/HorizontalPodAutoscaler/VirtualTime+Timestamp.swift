/// Reading metadata timestamps back into virtual time (the inverse of `VirtualTime.timestamp`).
extension VirtualTime {
    /// `2026-01-01T00:00:15Z` → 15 s; nil for text not in that form.
    init?(timestamp text: String) {
        let parts = text.split(whereSeparator: { "-T:Z".contains($0) }).compactMap { Int64($0) }
        guard parts.count == 6 else { return nil }
        let (year, month, day) = (parts[0], parts[1], parts[2])
        // Howard Hinnant's days_from_civil.
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yoe = shifted - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        let seconds = days * 86400 + parts[3] * 3600 + parts[4] * 60 + parts[5]
        self.init(milliseconds: (seconds - 1_767_225_600) * 1000)
    }
}
