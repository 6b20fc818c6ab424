import KubeModel

/// The three probes a container can have, in upstream's wording for events.
public enum ProbeKind: String, Sendable, Hashable, CaseIterable {
    case startup
    case readiness
    case liveness

    /// `Readiness`, as in "Readiness probe failed: ...".
    public var title: String {
        switch self {
        case .startup: "Startup"
        case .readiness: "Readiness"
        case .liveness: "Liveness"
        }
    }

    func probe(of container: Container) -> Probe? {
        switch self {
        case .startup: container.startupProbe
        case .readiness: container.readinessProbe
        case .liveness: container.livenessProbe
        }
    }
}
