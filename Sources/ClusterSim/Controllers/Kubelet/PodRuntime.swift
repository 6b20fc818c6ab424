import KubeModel

/// What the kubelet knows about one pod it runs.
///
/// The pod's first container is the application the simulation models; the others (more app
/// containers, sidecars) are `companions`: each runs its own image and is probed and counted
/// ready on its own, while its process follows the application's.
/// A reference: probes, requests and status writes read it far more often than it changes, and
/// a read then costs a retain instead of a copy of every field.
final class PodRuntime: ProbedContainer {
    enum Stage: Equatable {
        /// Waiting for the image (`ContainerCreating` while pulling).
        case pulling
        /// The last pull failed: `ErrImagePull`, then `ImagePullBackOff`.
        case pullFailed(reason: String, message: String)
        /// Image ready, container being created and started.
        case creating
        /// The process runs (it may still be starting to listen, or stopping).
        case running
        /// Exited, waiting for its restart back-off (`CrashLoopBackOff`).
        case crashBackOff(message: String)
        /// Exited and will not be restarted (`restartPolicy` Never/OnFailure).
        case completed(exitCode: Int)
    }

    let uid: String
    let node: String
    let podIP: String
    let hostIP: String
    let startTime: String
    /// The pod's containers, sharing the stored pod's array (a copy of the application's
    /// container in every runtime was nearly a kilobyte per pod).
    private var containers: [Container]
    /// The image's profile, once its pull succeeded.
    var profile: ImageProfile?
    /// The pod's other app containers, then its sidecars.
    private(set) var companions: [CompanionContainer]
    var stage = Stage.pulling
    /// Bumped whenever the container ends or the pod terminates: callbacks scheduled for an
    /// older epoch are stale and do nothing.
    var epoch: UInt64 = 0
    var restarts = 0
    var everRan = false
    var processStart: VirtualTime?
    /// From when the running process no longer takes requests (SIGTERM, SIGKILL).
    var acceptsUntil: VirtualTime?
    /// Broken by a scenario (`breakApplication`) until the container restarts.
    var broken = false
    /// Paths a scenario broke (`Kubelet.breakApplication`): they answer 500 until healed,
    /// across restarts.
    var brokenPaths: Set<String> = []
    var started = false
    var readiness = ProbeWorker(initial: false)
    var liveness = ProbeWorker(initial: true)
    var startup = ProbeWorker(initial: false)
    /// Every probe result so far (`prober_probe_total`).
    var probeCounts = ProbeCounts()
    var pullBackOff = BackOff()
    var crashBackOff = BackOff()
    var lastTerminated: ContainerState.Terminated?
    var terminating = false
    /// What the last status the kubelet wrote (or found already written) was computed from.
    var published: PublishedStatus?

    init(
        uid: String, node: String, containers: [Container], sidecars: [Container] = [],
        podIP: String, hostIP: String, startTime: String
    ) {
        precondition(!containers.isEmpty, "a pod runs at least one container")
        self.uid = uid
        self.node = node
        self.podIP = podIP
        self.hostIP = hostIP
        self.startTime = startTime
        self.containers = containers
        companions =
            containers.dropFirst().map { CompanionContainer($0, isSidecar: false) }
            + sidecars.map { CompanionContainer($0, isSidecar: true) }
    }

    /// The application's container (the pod's first), read in place.
    var container: Container {
        _read { yield containers[0] }
    }

    /// Whether the runtime's containers have the images `containers` name.
    ///
    /// A pod update may change only images; cheap while they share the stored pod's array.
    func runsImages(of containers: [Container]) -> Bool {
        guard containers.count == self.containers.count else { return false }
        return zip(containers, self.containers).allSatisfy { $0.image == $1.image }
    }

    /// The pod's containers after an update changed their images.
    func replaceContainers(_ containers: [Container]) {
        precondition(!containers.isEmpty, "a pod runs at least one container")
        self.containers = containers
        for (companion, container) in zip(companions, containers.dropFirst()) {
            companion.replace(container)
        }
    }

    /// CPU a request costs the application.
    var cpuMillicoresPerRequest: Double {
        profile?.cpuMillicoresPerRequest ?? 0
    }

    /// When the application starts accepting connections (nil while it does not run).
    var listeningSince: VirtualTime? {
        guard let processStart, let listenAfter = profile?.listenAfterSeconds else { return nil }
        return processStart + .seconds(listenAfter)
    }

    /// Whether the application is healthy at `now` (not broken, not past its liveness limit).
    func isHealthy(at now: VirtualTime) -> Bool {
        guard !broken else { return false }
        guard let processStart, let limit = profile?.liveness?.unhealthyAfterSeconds else {
            return true
        }
        return now < processStart + .seconds(limit)
    }

    /// Whether a connection to `port` is accepted at `now`.
    func listens(on port: Int, at now: VirtualTime) -> Bool {
        guard stage == .running, let listeningSince, now >= listeningSince,
            profile?.listens(on: port) == true
        else { return false }
        if let acceptsUntil, now >= acceptsUntil { return false }
        return true
    }

    /// Whether the application's container counts as ready (kubelet status manager).
    var containerReady: Bool {
        guard stage == .running, started else { return false }
        return container.readinessProbe == nil || readiness.result
    }

    /// The names of the containers that are not ready, sidecars first then app containers in
    /// order, as `GenerateContainersReadyCondition` lists them.
    var unreadyContainers: [String] {
        let running = stage == .running
        let sidecars = companions.filter { $0.isSidecar && !$0.isReady(running: running) }
        let others = companions.filter { !$0.isSidecar && !$0.isReady(running: running) }
        return sidecars.map(\.container.name) + (containerReady ? [] : [container.name])
            + others.map(\.container.name)
    }

    /// The container of the pod that accepts connections to `port` at `now`, if any: the pod's
    /// containers share one network namespace, so a probe reaches whichever listens there.
    func listener(on port: Int, at now: VirtualTime) -> (any ProbedContainer)? {
        if listens(on: port, at: now) { return self }
        guard stage == .running else { return nil }
        if let acceptsUntil, now >= acceptsUntil { return nil }
        return companions.first { $0.listens(on: port, at: now, processStart: processStart) }
    }
}
