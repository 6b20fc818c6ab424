/// What the kubelet reports about a pod; the simulator fills it in.
public struct PodStatus: Codable, Sendable, Hashable {
    public var phase: PodPhase?
    public var conditions: [Condition]?
    public var message: String?
    public var reason: String?
    public var nominatedNodeName: String?
    public var hostIP: String?
    public var podIP: String?
    public var podIPs: [OpaqueValue]?
    public var startTime: String?
    public var initContainerStatuses: [ContainerStatus]?
    public var containerStatuses: [ContainerStatus]?
    public var qosClass: QoSClass?

    public init(phase: PodPhase? = nil) { self.phase = phase }
}

public struct ContainerStatus: Codable, Sendable, Hashable {
    public var name: String
    public var ready: Bool
    public var restartCount: Int
    public var image: String
    public var imageID: String?
    public var containerID: String?
    public var started: Bool?
    /// `waiting`/`running`/`terminated` with reasons such as `CrashLoopBackOff`.
    public var state: ContainerState?
    public var lastState: ContainerState?

    public init(name: String, ready: Bool, restartCount: Int, image: String) {
        self.name = name
        self.ready = ready
        self.restartCount = restartCount
        self.image = image
    }
}

public enum PodPhase: String, KubeEnum {
    case pending = "Pending"
    case running = "Running"
    case succeeded = "Succeeded"
    case failed = "Failed"
    case unknown = "Unknown"
}
