/// What siege prints when a load ends: transactions, availability, elapsed time, and a
/// per-second series of successes and failures for reports and checks.
public struct LoadReport: Sendable, Hashable, Codable {
    /// Successes and failures of the requests that completed within one second of the load.
    public struct Second: Sendable, Hashable, Codable {
        public var second: Int
        public var successes: Int
        public var failures: Int
    }

    public var name: String
    public var url: String
    public var concurrency: Int
    public var startedAt: VirtualTime
    public var endedAt: VirtualTime
    /// Requests a pod answered (siege's "hits").
    public var transactions: Int
    public var successful: Int
    public var failed: Int
    /// Failed requests by cause: `connection refused`, `no endpoints`, `unknown host`.
    public var refused: Int
    public var noEndpoints: Int
    public var unknownHost: Int
    /// From the load's start to the last completed request, in milliseconds.
    public var elapsed: VirtualTime
    public var responseTimeSeconds: Double
    public var longestSeconds: Double
    public var shortestSeconds: Double
    public var series: [Second]

    init(
        spec: LoadSpec, startedAt: VirtualTime, endedAt: VirtualTime,
        records: [LoadGenerator.RequestRecord]
    ) {
        name = spec.name
        url = spec.target.description
        concurrency = spec.concurrency
        self.startedAt = startedAt
        self.endedAt = endedAt
        let done = records.filter { $0.end <= endedAt }
        let answered = done.filter(\.outcome.succeeded)
        transactions = answered.count
        successful = answered.count
        failed = done.count - answered.count
        refused = done.filter { if case .refused = $0.outcome { true } else { false } }.count
        noEndpoints = done.filter { $0.outcome == .noEndpoints }.count
        unknownHost = done.filter { $0.outcome == .unknownHost }.count
        elapsed = (done.last?.end ?? startedAt) - startedAt
        let durations = answered.map { ($0.end - $0.start).seconds }
        responseTimeSeconds =
            durations.isEmpty ? 0 : durations.reduce(0, +) / Double(durations.count)
        longestSeconds = durations.max() ?? 0
        shortestSeconds = durations.min() ?? 0
        let seconds = Int((endedAt - startedAt).milliseconds + 999) / 1000
        var series = (0..<max(seconds, 0)).map { Second(second: $0, successes: 0, failures: 0) }
        for record in done {
            let index = Int((record.end - startedAt).milliseconds / 1000)
            while series.count <= index {
                series.append(Second(second: series.count, successes: 0, failures: 0))
            }
            if record.outcome.succeeded {
                series[index].successes += 1
            } else {
                series[index].failures += 1
            }
        }
        self.series = series
    }

    /// siege's percentage: answered requests over all completed requests (0 when none).
    public var availability: Double {
        let total = transactions + failed
        return total == 0 ? 0 : Double(transactions) * 100 / Double(total)
    }

    /// Availability rounded to two decimals, as siege prints it and checks compare it.
    public var roundedAvailability: Double {
        (availability * 100).rounded() / 100
    }

    public var transactionRate: Double {
        elapsed.milliseconds == 0 ? 0 : Double(transactions) / elapsed.seconds
    }
}
