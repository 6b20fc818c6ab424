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

    /// The report for a tally whose requests all completed by `endedAt` (the generator records
    /// a request when it completes, and never after its deadline).
    init(spec: LoadSpec, startedAt: VirtualTime, endedAt: VirtualTime, tally: LoadTally) {
        name = spec.name
        url = spec.target.description
        concurrency = spec.concurrency
        self.startedAt = startedAt
        self.endedAt = endedAt
        transactions = tally.answered
        successful = tally.answered
        failed = tally.failed
        refused = tally.refused
        noEndpoints = tally.noEndpoints
        unknownHost = tally.unknownHost
        elapsed = (tally.lastEnd ?? startedAt) - startedAt
        responseTimeSeconds =
            tally.answered == 0
            ? 0 : Double(tally.answeredMilliseconds) / 1000 / Double(tally.answered)
        longestSeconds = tally.longest?.seconds ?? 0
        shortestSeconds = tally.shortest?.seconds ?? 0
        let seconds = Int((endedAt - startedAt).milliseconds + 999) / 1000
        var series = tally.series
        while series.count < seconds {
            series.append(Second(second: series.count, successes: 0, failures: 0))
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
