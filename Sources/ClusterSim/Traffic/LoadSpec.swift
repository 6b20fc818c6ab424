/// How a siege-like load generator runs: `siege -c<concurrency> -t<duration> --delay=<delay>`.
public struct LoadSpec: Sendable, Hashable {
    /// The name scenarios and reports use for this load (`siege`).
    public var name: String
    /// Simulated users, each sending one request at a time (`-c`).
    public var concurrency: Int
    /// How long the load runs (`-t`).
    public var duration: VirtualTime
    /// Each user sleeps a random time from 0 up to this between requests (`--delay`).
    public var delay: VirtualTime
    public var target: LoadTarget
    /// The namespace the generator runs in, for URLs without one.
    public var namespace: String
    /// Time a request takes when a pod answers it.
    public var responseTime: VirtualTime
    /// Time a refused connection takes to fail.
    public var refusalTime: VirtualTime

    public init(
        name: String, concurrency: Int = 1, duration: VirtualTime, delay: VirtualTime = .zero,
        target: LoadTarget, namespace: String = "default",
        responseTime: VirtualTime = .milliseconds(15), refusalTime: VirtualTime = .milliseconds(1)
    ) {
        self.name = name
        self.concurrency = concurrency
        self.duration = duration
        self.delay = delay
        self.target = target
        self.namespace = namespace
        self.responseTime = responseTime
        self.refusalTime = refusalTime
    }
}
