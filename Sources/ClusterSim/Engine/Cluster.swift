public import KubeModel

/// A simulated Kubernetes cluster running in this process: a virtual clock, an event queue, an
/// object store like the API server's, and controllers that reconcile it.
///
/// Single-threaded and deterministic: the same configuration, seed and operations give the same
/// timeline byte for byte. Parallelism is many clusters at once, never one cluster on two threads.
public final class Cluster {
    public let configuration: ClusterConfiguration
    public private(set) var now: VirtualTime = .zero
    public internal(set) var store = ObjectStore()
    public internal(set) var timeline = Timeline()
    public internal(set) var events: [ClusterEvent] = []
    public var random: SeededRandom

    var queue = EventQueue()
    var controllers: [ControllerSlot] = []
    var counters = Counters()
    /// Dependents by owner uid, for garbage collection.
    var dependents: [String: [ObjectKey]] = [:]
    var workloadModel: (any WorkloadModel)?
    /// Registered controllers by type, for `registered(_:)` (hot paths look components up).
    var controllersByType: [ObjectIdentifier: any Controller] = [:]
    /// Changes per kind, for caches that must notice when what they were built from moved.
    var revisions = StoreRevisions()
    /// Whether creations are refused in a namespace that does not exist (the API server's
    /// NamespaceLifecycle admission); on in every booted cluster (`bootAPIServer`).
    var admitsOnlyExistingNamespaces = false
    /// The last virtual second's timestamp text (`nowTimestamp`).
    private var timestampCache: (second: Int64, text: String)?

    struct Counters {
        var resourceVersion: UInt64 = 0
        var uid: UInt64 = 0
        var creation: UInt64 = 0
        var processedEvents: UInt64 = 0
    }

    /// Events processed since boot: the unit of the simulator's throughput.
    public var processedEvents: UInt64 { counters.processedEvents }

    public init(configuration: ClusterConfiguration = ClusterConfiguration()) {
        self.configuration = configuration
        self.random = SeededRandom(seed: configuration.seed)
    }

    /// Adds a controller; it is woken by every later store change it cares about.
    public func register(_ controller: any Controller) {
        controllers.append(ControllerSlot(controller: controller))
        let type = ObjectIdentifier(Swift.type(of: controller))
        if controllersByType[type] == nil { controllersByType[type] = controller }
        controller.start(in: self)
    }

    /// The first registered controller of a type (the scheduler, the kubelet, metrics-server).
    public func registered<C: Controller>(_ type: C.Type) -> C? {
        controllersByType[ObjectIdentifier(type)] as? C
    }

    /// Runs `action` at `time` (not before now).
    public func schedule(at time: VirtualTime, _ action: @escaping (Cluster) -> Void) {
        queue.push(max(time, now), action)
    }

    public func schedule(after delay: VirtualTime, _ action: @escaping (Cluster) -> Void) {
        schedule(at: now + delay, action)
    }

    /// Processes every event up to and including `time`, then moves the clock to `time`.
    public func run(until time: VirtualTime) {
        while let next = queue.nextTime, next <= time, let (at, action) = queue.pop() {
            now = at
            counters.processedEvents += 1
            action(self)
        }
        now = max(now, time)
    }

    public func advance(by duration: VirtualTime) {
        run(until: now + duration)
    }

    /// Processes events until `condition` holds or `timeout` passes; returns whether it held.
    ///
    /// The condition is asked only of settled states: after every event of a virtual instant
    /// has been processed (what a controller does at an instant is half-done until its last
    /// event), never in the middle of one. A check that watches the cluster sees what `kubectl`
    /// would see, not a ReplicaSet that has flipped three of its six pods.
    public func run(
        until condition: (Cluster) -> Bool, timeout: VirtualTime
    ) -> Bool {
        let deadline = now + timeout
        while true {
            settle()
            if condition(self) { return true }
            guard let next = queue.nextTime, next <= deadline else { break }
            now = next
        }
        now = max(now, deadline)
        return condition(self)
    }

    /// Processes the events of the current instant, including those they schedule for it.
    public func settle() {
        while let next = queue.nextTime, next <= now, let (_, action) = queue.pop() {
            counters.processedEvents += 1
            action(self)
        }
    }

    /// `now` as the RFC 3339 text metadata and conditions carry: one string per virtual second,
    /// shared by every object written in it (a pod holds half a dozen timestamps).
    public var nowTimestamp: String {
        let second = now.milliseconds / 1000
        if let cached = timestampCache, cached.second == second { return cached.text }
        let text = now.timestamp
        timestampCache = (second, text)
        return text
    }

    /// Pending events (for tests and benchmarks).
    public var pendingEvents: Int { queue.count }
}
