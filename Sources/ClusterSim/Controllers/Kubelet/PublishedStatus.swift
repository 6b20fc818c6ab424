import KubeModel

/// What the kubelet's last status write (or check) of a pod was computed from.
///
/// The status is a function of the pod as stored (its `resourceVersion` says whether it
/// changed) and of these runtime fields; when neither changed, it would come out equal to the
/// stored status and nothing would be written, so the kubelet skips computing it. A Ready pod's
/// readiness probe reports its result again every period: that is the common case.
struct PublishedStatus: Equatable {
    var resourceVersion: String?
    var stage: PodRuntime.Stage
    var everRan: Bool
    var started: Bool
    var readiness: Bool
    /// Each companion's started and readiness results (empty for a one-container pod).
    var companions: [Bool]
    var restarts: Int
    var processStart: VirtualTime?
    var lastTerminated: ContainerState.Terminated?

    init(_ runtime: borrowing PodRuntime, resourceVersion: String?) {
        self.resourceVersion = resourceVersion
        stage = runtime.stage
        everRan = runtime.everRan
        started = runtime.started
        readiness = runtime.readiness.result
        companions = runtime.companions.flatMap { [$0.started, $0.readiness.result] }
        restarts = runtime.restarts
        processStart = runtime.processStart
        lastTerminated = runtime.lastTerminated
    }
}
