/// Go's `time.Duration.String()` (`2m0s`, `1h0m0s`, `1.5s`), as kubectl prints a timeout.
enum DrainDuration {
    static func format(_ time: VirtualTime) -> String {
        let total = time.milliseconds
        if total == 0 { return "0s" }
        let sign = total < 0 ? "-" : ""
        let magnitude = abs(total)
        if magnitude < 1000 { return "\(sign)\(magnitude)ms" }
        let hours = magnitude / 3_600_000
        let minutes = magnitude % 3_600_000 / 60000
        let millis = magnitude % 60000
        var seconds = String(millis / 1000)
        if millis % 1000 != 0 {
            var fraction = String(String(millis % 1000 + 1000).dropFirst())
            while fraction.hasSuffix("0") { fraction.removeLast() }
            seconds += "." + fraction
        }
        if hours > 0 { return "\(sign)\(hours)h\(minutes)m\(seconds)s" }
        if minutes > 0 { return "\(sign)\(minutes)m\(seconds)s" }
        return "\(sign)\(seconds)s"
    }
}
