public import KubeModel

/// What happened to one request, as the client saw it.
public enum RequestOutcome: Sendable, Hashable {
    /// A pod answered.
    case answered(ObjectKey)
    /// The chosen pod was not listening on the port (connection refused).
    case refused(ObjectKey)
    /// The Service has no ready endpoints: kube-proxy rejects the connection.
    case noEndpoints
    /// No Service by that name (the DNS lookup fails).
    case unknownHost

    public var succeeded: Bool {
        if case .answered = self { return true }
        return false
    }
}
