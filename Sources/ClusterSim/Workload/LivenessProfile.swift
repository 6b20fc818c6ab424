/// When an application stops being healthy by itself (the liveness lesson): its health
/// endpoints then answer `503` and its requests fail, until the container is restarted.
public struct LivenessProfile: Decodable, Sendable, Hashable {
    /// Seconds after the process starts at which it becomes unhealthy; nil: never by itself
    /// (a scenario can still break it with `Kubelet.breakApplication(_:in:)`).
    public var unhealthyAfterSeconds: Double?

    public init(unhealthyAfterSeconds: Double? = nil) {
        self.unhealthyAfterSeconds = unhealthyAfterSeconds
    }
}
