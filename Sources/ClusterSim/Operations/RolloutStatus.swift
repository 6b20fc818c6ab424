/// What `kubectl rollout status deployment/NAME` reports at one moment.
public struct RolloutStatus: Sendable, Hashable {
    public enum State: Sendable, Hashable {
        /// Still rolling out: kubectl keeps watching.
        case inProgress
        /// `successfully rolled out`: kubectl exits 0.
        case complete
        /// The progress deadline passed: kubectl prints the message as an error and exits 1.
        case failed
    }

    public var state: State
    /// kubectl's line without the trailing newline (`deployment "order" successfully rolled
    /// out`); for `failed`, the error text after `error: `.
    public var message: String

    public init(state: State, message: String) {
        self.state = state
        self.message = message
    }
}
