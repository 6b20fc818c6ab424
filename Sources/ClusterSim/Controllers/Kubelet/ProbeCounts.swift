/// How often each probe of a pod ran and what it answered.
///
/// The kubelet's `prober_probe_total` metric (pkg/kubelet/prober/prober_manager.go), by probe
/// type and result; kept for the pod's life, across container restarts.
public struct ProbeCounts: Sendable, Hashable {
    /// One probe type's results.
    public struct Tally: Sendable, Hashable {
        public var successful = 0
        public var failed = 0

        public init() {}
    }

    private var tallies: [ProbeKind: Tally] = [:]

    public init() {}

    public subscript(kind: ProbeKind) -> Tally {
        get { tallies[kind] ?? Tally() }
        set { tallies[kind] = newValue }
    }

    mutating func record(_ kind: ProbeKind, succeeded: Bool) {
        if succeeded {
            self[kind].successful += 1
        } else {
            self[kind].failed += 1
        }
    }
}
