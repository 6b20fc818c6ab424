import KubeModel

/// What PreFilter decided for one attempt (pkg/scheduler/framework/interface.go).
enum PreFilterOutcome {
    /// The plugin has nothing to check for this pod: Filter is not called (upstream `Skip`).
    case skip
    /// Filter is called for every node.
    case proceed
    /// No node can take the pod; the message is the FailedScheduling reason as a whole.
    case reject(FilterFailure)
}

/// A filter plugin: PreFilter once per attempt, Filter once per node.
protocol FilterPlugin {
    var plugin: SchedulerPlugin { get }
    func preFilter(_ cycle: SchedulingCycle) -> PreFilterOutcome
    /// Nil when the node passes.
    func filter(_ cycle: SchedulingCycle, _ node: NodeInfo) -> FilterFailure?
}

extension FilterPlugin {
    func preFilter(_ cycle: SchedulingCycle) -> PreFilterOutcome { .proceed }
}
