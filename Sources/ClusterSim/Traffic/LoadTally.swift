/// What a load has seen so far, kept as counts and per-second buckets rather than one record
/// per request, so a load of any length costs memory proportional to its seconds only.
struct LoadTally: Sendable, Hashable {
    var answered = 0
    var refused = 0
    var noEndpoints = 0
    var unknownHost = 0
    /// Sum, longest and shortest response time of answered requests, in milliseconds.
    var answeredMilliseconds: Int64 = 0
    var longest: VirtualTime?
    var shortest: VirtualTime?
    /// When the last request completed.
    var lastEnd: VirtualTime?
    /// Successes and failures per second of the load, by completion time.
    var series: [LoadReport.Second] = []

    var failed: Int { refused + noEndpoints + unknownHost }

    mutating func record(
        start: VirtualTime, end: VirtualTime, outcome: RequestOutcome, since origin: VirtualTime
    ) {
        lastEnd = end
        switch outcome {
        case .answered:
            answered += 1
            let duration = end - start
            answeredMilliseconds += duration.milliseconds
            longest = max(longest ?? duration, duration)
            shortest = min(shortest ?? duration, duration)
        case .refused: refused += 1
        case .noEndpoints: noEndpoints += 1
        case .unknownHost: unknownHost += 1
        }
        let index = Int((end - origin).milliseconds / 1000)
        while series.count <= index {
            series.append(LoadReport.Second(second: series.count, successes: 0, failures: 0))
        }
        if outcome.succeeded {
            series[index].successes += 1
        } else {
            series[index].failures += 1
        }
    }
}
