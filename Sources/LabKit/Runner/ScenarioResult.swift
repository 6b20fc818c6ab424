public import ClusterSim
public import LabDiagnostics

/// Everything a scenario run produced: the timeline, the expectation results, the load
/// reports, how much virtual time passed, and every problem met.
public struct ScenarioResult: Sendable {
    public var name: String
    public var file: String
    /// Object changes, events and scenario lines (steps, load reports), in order.
    public var timeline: [TimelineEntry]
    public var expectations: [ExpectationResult]
    public var loadReports: [LoadReport]
    public var duration: VirtualTime
    /// Scenario errors (bad files, failed commands, waits that timed out) and manifest warnings.
    public var diagnostics: [Diagnostic]

    /// True when every expectation held and nothing went wrong.
    public var passed: Bool {
        !diagnostics.hasErrors && expectations.allSatisfy(\.passed)
    }
}

/// The outcome of one `expect` step: what was expected, what was seen, and the timeline lines
/// about the objects involved.
public struct ExpectationResult: Sendable, Hashable {
    public var step: Int
    public var id: String?
    public var title: String?
    public var passed: Bool
    /// `deployment/order status.availableReplicas = 4`, with the mode (`within 60s`).
    public var expected: String
    public var observed: String
    /// When the verdict was reached.
    public var time: VirtualTime
    public var evidence: [String]
    public var location: SourceLocation
    /// The indices of the expectation's `explanations` that held at the verdict (reports show
    /// them on failure; `lab dev check` flags one that holds on a lab's own solution).
    public var explanations: [Int] = []
}
