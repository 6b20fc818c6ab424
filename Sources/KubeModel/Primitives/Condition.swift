/// A status condition (`type`, `status`, `reason`, ...), shared by every kind's status.
///
/// One type covers the per-kind variants: each only adds or drops a timestamp.
public struct Condition: Codable, Sendable, Hashable {
    public var type: String
    /// `"True"`, `"False"` or `"Unknown"`.
    public var status: String
    public var reason: String?
    public var message: String?
    public var lastTransitionTime: String?
    public var lastUpdateTime: String?
    public var lastProbeTime: String?
    public var lastHeartbeatTime: String?
    public var observedGeneration: Int?

    public init(
        type: String, status: String, reason: String? = nil, message: String? = nil,
        lastTransitionTime: String? = nil
    ) {
        self.type = type
        self.status = status
        self.reason = reason
        self.message = message
        self.lastTransitionTime = lastTransitionTime
    }
}
