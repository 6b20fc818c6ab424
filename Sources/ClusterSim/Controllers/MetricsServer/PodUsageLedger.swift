import KubeModel

/// What metrics-server has accumulated for one pod since its last scrape: CPU work in
/// millicore × milliseconds, integrated piecewise so a change of rate mid-window averages in.
///
/// O(1) per pod whatever the load: requests add to a running total, nothing per request is kept.
struct PodUsageLedger: Sendable {
    /// The pod's uid: a pod recreated under the same name starts a new ledger.
    var uid: String
    var node: String
    /// Start of the current window (the previous scrape that saw the pod running).
    var windowStart: VirtualTime
    /// Accrued up to here.
    var accruedUntil: VirtualTime
    /// CPU work in the window so far, millicore × ms.
    var work: Double = 0
    /// Requests served in the window (for reports and the memory test).
    var requests: Int = 0
    /// Usage that does not depend on load: the image's idle CPU, or a scenario's fixed CPU.
    var steadyMillicores: Double
    /// False while a scenario fixes the CPU: requests then cost nothing extra.
    var countsRequests: Bool

    init(
        uid: String, node: String, at time: VirtualTime, steadyMillicores: Double,
        countsRequests: Bool
    ) {
        self.uid = uid
        self.node = node
        windowStart = time
        accruedUntil = time
        self.steadyMillicores = steadyMillicores
        self.countsRequests = countsRequests
    }

    /// One request served: `cost` millicore × seconds of CPU.
    mutating func serve(cost: Double) {
        requests += 1
        if countsRequests { work += cost * 1000 }
    }

    /// Adds the steady (idle or fixed) usage from `accruedUntil` to `time`.
    mutating func accrue(until time: VirtualTime) {
        guard time > accruedUntil else { return }
        work += steadyMillicores * Double((time - accruedUntil).milliseconds)
        accruedUntil = time
    }

    /// Starts a new window at `time`.
    mutating func reset(at time: VirtualTime) {
        windowStart = time
        accruedUntil = time
        work = 0
        requests = 0
    }
}
