/// The summary block siege prints when it lifts the siege.
extension LoadReport {
    public var siegeSummary: String {
        let lines: [(String, String, String)] = [
            ("Transactions:", String(transactions), " hits"),
            ("Availability:", Self.fixed(availability), " %"),
            ("Elapsed time:", Self.fixed(elapsed.seconds), " secs"),
            ("Response time:", Self.fixed(responseTimeSeconds), " secs"),
            ("Transaction rate:", Self.fixed(transactionRate), " trans/sec"),
            ("Successful transactions:", String(successful), ""),
            ("Failed transactions:", String(failed), ""),
            ("Longest transaction:", Self.fixed(longestSeconds), ""),
            ("Shortest transaction:", Self.fixed(shortestSeconds), ""),
        ]
        return lines.map { label, value, unit in
            label + String(repeating: " ", count: max(1, 24 - label.count + 12 - value.count))
                + value + unit
        }.joined(separator: "\n")
    }

    /// Two decimals, rounded half away from zero, without Foundation.
    public static func fixed(_ value: Double) -> String {
        let hundredths = Int64((value * 100).rounded())
        let whole = hundredths / 100
        let fraction = abs(hundredths % 100)
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
