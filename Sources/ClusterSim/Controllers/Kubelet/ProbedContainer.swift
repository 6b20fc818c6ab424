import KubeModel

/// One container the kubelet probes: the application (the `PodRuntime` itself) or a companion.
protocol ProbedContainer: AnyObject {
    var container: Container { get }
    var profile: ImageProfile? { get }
    /// Whether the startup probe has succeeded (or there is none).
    var started: Bool { get set }
    var readiness: ProbeWorker { get set }
    var liveness: ProbeWorker { get set }
    var startup: ProbeWorker { get set }
}

extension ProbedContainer {
    func worker(_ kind: ProbeKind) -> ProbeWorker {
        switch kind {
        case .startup: startup
        case .readiness: readiness
        case .liveness: liveness
        }
    }

    func setWorker(_ kind: ProbeKind, _ worker: ProbeWorker) {
        switch kind {
        case .startup: startup = worker
        case .readiness: readiness = worker
        case .liveness: liveness = worker
        }
    }

    /// Fresh probe state for a container (re)started now.
    func resetProbes() {
        started = container.startupProbe == nil
        readiness = ProbeWorker(initial: false)
        liveness = ProbeWorker(initial: true)
        startup = ProbeWorker(initial: false)
    }
}

/// A container of the pod besides the application.
///
/// Another app container or a sidecar (an init container with `restartPolicy: Always`). It runs
/// its own image and is probed and counted ready on its own; its process starts, stops and
/// restarts with the application's (the simulation runs one process lifecycle per pod).
final class CompanionContainer: ProbedContainer {
    private(set) var container: Container
    /// Whether it is a sidecar (reported in `initContainerStatuses`).
    let isSidecar: Bool
    var profile: ImageProfile?
    var started = false
    var readiness = ProbeWorker(initial: false)
    var liveness = ProbeWorker(initial: true)
    var startup = ProbeWorker(initial: false)

    init(_ container: Container, isSidecar: Bool) {
        self.container = container
        self.isSidecar = isSidecar
    }

    func replace(_ container: Container) { self.container = container }

    /// Ready when the pod's process runs, its startup probe passed and its readiness probe (if
    /// any) succeeds (status_manager: a container without a readiness probe is ready once
    /// started).
    func isReady(running: Bool) -> Bool {
        guard running, started else { return false }
        return container.readinessProbe == nil || readiness.result
    }

    /// Whether it accepts a connection to `port` at `now`, its process having started at
    /// `processStart`.
    func listens(on port: Int, at now: VirtualTime, processStart: VirtualTime?) -> Bool {
        guard let processStart, let profile, profile.listens(on: port) else { return false }
        return now >= processStart + .seconds(profile.listenAfterSeconds)
    }
}
