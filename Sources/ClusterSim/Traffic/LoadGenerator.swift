/// A siege-like load generator inside the simulated cluster.
///
/// Each simulated user is a loop of events on the cluster's queue: send a request through the
/// Service (see `ServiceRouter`), wait for the answer or the refusal, sleep a random time up to
/// the delay, and again, until the duration is over or the load is stopped. Requests that have
/// not completed by then are abandoned, as siege abandons them.
public final class LoadGenerator {
    public let spec: LoadSpec
    public let startedAt: VirtualTime
    /// When the load ends: start + duration, or earlier when stopped.
    public private(set) var deadline: VirtualTime
    private var tally = LoadTally()
    private var random: SeededRandom
    private var router = ServiceRouter()

    /// Starts `spec` now on `cluster`: every user sends its first request at once.
    public init(_ spec: LoadSpec, in cluster: Cluster) {
        self.spec = spec
        startedAt = cluster.now
        deadline = cluster.now + spec.duration
        random = SeededRandom(seed: cluster.random.next())
        for _ in 0..<max(0, spec.concurrency) {
            cluster.schedule(at: startedAt) { [self] cluster in request(in: cluster) }
        }
    }

    /// Stops the load now (siege interrupted); requests in flight are abandoned.
    public func stop(in cluster: Cluster) {
        deadline = min(deadline, cluster.now)
    }

    public func isFinished(at time: VirtualTime) -> Bool { time >= deadline }

    /// The report siege would print if it ended at `time` (or at its deadline, if earlier).
    public func report(at time: VirtualTime) -> LoadReport {
        LoadReport(spec: spec, startedAt: startedAt, endedAt: min(time, deadline), tally: tally)
    }

    private func request(in cluster: Cluster) {
        let start = cluster.now
        guard start < deadline else { return }
        let outcome = router.route(
            spec.target, from: spec.namespace, in: cluster, random: &random)
        let end = start + (outcome.succeeded ? spec.responseTime : spec.refusalTime)
        cluster.schedule(at: end) { [self] cluster in
            guard end <= deadline else { return }
            tally.record(start: start, end: end, outcome: outcome, since: startedAt)
            if case .answered(let pod) = outcome { cluster.recordServedRequest(by: pod) }
            let pause = pauseBetweenRequests()
            cluster.schedule(at: end + pause) { [self] cluster in request(in: cluster) }
        }
    }

    /// siege's `--delay`: a random sleep from 0 up to the delay, to the millisecond.
    private func pauseBetweenRequests() -> VirtualTime {
        let limit = spec.delay.milliseconds
        guard limit > 0 else { return .zero }
        return .milliseconds(Int64(random.next() % UInt64(limit + 1)))
    }
}
