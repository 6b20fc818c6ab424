import KubeModel

/// What the kubelet knows about the application in a pod, for metrics and reports.
public struct ContainerRuntimeInfo: Sendable, Hashable {
    /// The image of the application container, as the pod spec names it.
    public var image: String
    /// The catalogue's profile, nil until the image was found.
    public var profile: ImageProfile?
    /// When the current process started; nil while no process runs.
    public var startedAt: VirtualTime?
    /// When the current process starts (or started) accepting connections.
    public var listeningSince: VirtualTime?
    /// Container restarts so far (`restartCount`).
    public var restarts: Int
    /// The pod is being deleted.
    public var isTerminating: Bool
    /// Every probe result so far (`prober_probe_total`).
    public var probes: ProbeCounts

    init(_ runtime: PodRuntime) {
        image = runtime.container.image
        profile = runtime.profile
        startedAt = runtime.stage == .running ? runtime.processStart : nil
        listeningSince = runtime.stage == .running ? runtime.listeningSince : nil
        restarts = runtime.restarts
        isTerminating = runtime.terminating
        probes = runtime.probeCounts
    }
}
