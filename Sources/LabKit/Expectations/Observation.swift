public import KubeModel

/// What evaluating a condition saw: whether it holds, the observed value in words, and the
/// objects whose timeline lines are evidence.
public struct Observation: Sendable, Hashable {
    public var holds: Bool
    public var observed: String
    public var subjects: [ObjectKey]

    public init(holds: Bool, observed: String, subjects: [ObjectKey] = []) {
        self.holds = holds
        self.observed = observed
        self.subjects = subjects
    }
}
