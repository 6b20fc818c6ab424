/// What an application does when the kubelet sends SIGTERM (pod deletion, liveness kill).
public struct ShutdownProfile: Decodable, Sendable, Hashable {
    public enum Mode: String, Decodable, Sendable, Hashable {
        /// Stops accepting new requests at SIGTERM, finishes in-flight ones and exits after
        /// `drainSeconds` (or is killed at the end of the grace period, if that comes first).
        case graceful
        /// Keeps serving until SIGKILL at the end of the grace period (a shell as PID 1).
        case ignoresSigterm
    }

    public var mode: Mode
    /// For `graceful`: seconds from SIGTERM until the process exits (0 when omitted).
    public var drainSeconds: Double?

    public init(mode: Mode, drainSeconds: Double? = nil) {
        self.mode = mode
        self.drainSeconds = drainSeconds
    }

    /// Exits at once on SIGTERM.
    public static let immediate = ShutdownProfile(mode: .graceful, drainSeconds: 0)
}
