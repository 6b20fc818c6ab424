/// What a container is doing: exactly one of waiting, running or terminated is set.
public struct ContainerState: Codable, Sendable, Hashable {
    public struct Waiting: Codable, Sendable, Hashable {
        /// `ContainerCreating`, `ErrImagePull`, `ImagePullBackOff`, `CrashLoopBackOff`, ...
        public var reason: String?
        public var message: String?

        public init(reason: String? = nil, message: String? = nil) {
            self.reason = reason
            self.message = message
        }
    }

    public struct Running: Codable, Sendable, Hashable {
        public var startedAt: String?

        public init(startedAt: String? = nil) {
            self.startedAt = startedAt
        }
    }

    public struct Terminated: Codable, Sendable, Hashable {
        public var exitCode: Int
        public var signal: Int?
        /// `Completed`, `Error`, `OOMKilled`, ...
        public var reason: String?
        public var message: String?
        public var startedAt: String?
        public var finishedAt: String?

        public init(exitCode: Int, reason: String? = nil, message: String? = nil) {
            self.exitCode = exitCode
            self.reason = reason
            self.message = message
        }
    }

    public var waiting: Waiting?
    public var running: Running?
    public var terminated: Terminated?

    public init(waiting: Waiting? = nil, running: Running? = nil, terminated: Terminated? = nil) {
        self.waiting = waiting
        self.running = running
        self.terminated = terminated
    }
}
