import KubeModel

/// What metrics-server has accumulated for one pod since its last scrape, per container: CPU
/// work in millicore × milliseconds, integrated piecewise so a change of rate mid-window
/// averages in.
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
    /// The running containers, the application (which serves requests) first.
    var containers: [ContainerUsage]
    /// Requests served in the window (for reports and the memory test).
    var requests: Int = 0

    init(uid: String, node: String, at time: VirtualTime, containers: [ContainerUsage]) {
        self.uid = uid
        self.node = node
        windowStart = time
        accruedUntil = time
        self.containers = containers
    }

    /// One request served by the application: `cost` millicore × seconds of CPU.
    mutating func serve(cost: Double) {
        requests += 1
        guard !containers.isEmpty, containers[0].countsRequests else { return }
        containers[0].work += cost * 1000
    }

    /// Adds the steady (idle or fixed) usage from `accruedUntil` to `time`.
    mutating func accrue(until time: VirtualTime) {
        guard time > accruedUntil else { return }
        let elapsed = Double((time - accruedUntil).milliseconds)
        for index in containers.indices {
            containers[index].work += containers[index].steadyMillicores * elapsed
        }
        accruedUntil = time
    }

    /// Starts a new window at `time`.
    mutating func reset(at time: VirtualTime) {
        windowStart = time
        accruedUntil = time
        requests = 0
        for index in containers.indices { containers[index].work = 0 }
    }

    /// Takes the steady rates of `containers` (same names), keeping the work accrued so far.
    mutating func adopt(_ containers: [ContainerUsage]) {
        if containers.map(\.name) == self.containers.map(\.name) {
            for index in containers.indices {
                let work = self.containers[index].work
                self.containers[index] = containers[index]
                self.containers[index].work = work
            }
            return
        }
        let work = Dictionary(
            self.containers.map { ($0.name, $0.work) }, uniquingKeysWith: { first, _ in first })
        self.containers = containers.map { container in
            var container = container
            container.work = work[container.name] ?? 0
            return container
        }
    }
}

/// One container's part of a pod's ledger.
struct ContainerUsage: Sendable, Hashable {
    var name: String
    /// Usage that does not depend on load: the image's idle CPU, or a scenario's fixed CPU.
    var steadyMillicores: Double
    /// False while a scenario fixes the CPU: requests then cost nothing extra.
    var countsRequests: Bool
    /// The working set at the end of the window, bytes.
    var memoryBytes: Int64
    /// The container's CPU limit in millicores: the kernel throttles its cgroup above it.
    var cpuLimit: Int64?
    /// CPU work in the window so far, millicore × ms.
    var work: Double = 0
}
