/// Upstream's per-item exponential back-off (pkg/util/flowcontrol/backoff.go) as the kubelet
/// uses it for image pulls and container restarts: 10 s doubling to 300 s, forgotten when
/// nothing happened for twice the maximum (ten minutes).
struct BackOff {
    static let initial = VirtualTime.seconds(10)
    static let maximum = VirtualTime.seconds(300)

    /// The current back-off, nil before the first `next`.
    private(set) var duration: VirtualTime?
    private var lastUpdate = VirtualTime.zero

    /// `Next`: start at 10 s, else double up to 300 s.
    mutating func next(at now: VirtualTime) {
        if let duration, !hasExpired(at: now) {
            self.duration = min(.milliseconds(duration.milliseconds * 2), Self.maximum)
        } else {
            duration = Self.initial
        }
        lastUpdate = now
    }

    /// `IsInBackOffSince`: whether `now` is still within the back-off counted from `event`.
    func isInBackOff(since event: VirtualTime, now: VirtualTime) -> Bool {
        guard let duration, !hasExpired(at: event) else { return false }
        return now - event < duration
    }

    private func hasExpired(at time: VirtualTime) -> Bool {
        time - lastUpdate > .milliseconds(Self.maximum.milliseconds * 2)
    }
}
