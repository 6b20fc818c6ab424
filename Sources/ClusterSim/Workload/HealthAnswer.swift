/// How an application's health endpoints (the profile's `healthPaths`) answer once it listens.
public enum HealthAnswer: String, Decodable, Sendable, Hashable {
    /// `200 OK` as soon as the application listens (until it becomes unhealthy).
    case ok
    /// `503 Service Unavailable` for ever: a readiness probe on it never succeeds.
    case never
}
