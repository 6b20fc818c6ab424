/// How a `kubectl drain` ended, with everything it printed.
public struct DrainResult: Sendable, Hashable {
    /// The node is drained (`node/x drained` was printed).
    public var succeeded: Bool
    /// What kubectl prints, stdout and stderr interleaved in order.
    public var lines: [String]
    /// kubectl's final error (the text after `error: `), nil on success.
    public var error: String?

    public init(succeeded: Bool, lines: [String], error: String? = nil) {
        self.succeeded = succeeded
        self.lines = lines
        self.error = error
    }
}
