public import ClusterSim
public import KubeModel

/// Something about the cluster that holds or not at a moment: the subject of `wait` and
/// `expect` steps.
public indirect enum Condition: Sendable, Hashable {
    /// The selected objects exist (or not), or a field of each compares as given.
    case object(ObjectSelection, field: ValuePath?, Comparison?, exists: Bool)
    /// The object has been deleted and created again under the same name during the run
    /// (another uid), or, when false, it never was: a StatefulSet's pod re-created by its
    /// controller, a pod left alone by a partitioned rollout.
    case replaced(ObjectReferenceText, Bool)
    /// The number of pods matching a query.
    case pods(PodQuery, count: Comparison)
    /// An event with this reason (about these objects) has been recorded, or has not.
    case event(EventQuery, exists: Bool)
    /// A load's report: each metric compared.
    case load(String, [LoadMetric: Comparison])
    /// A DNS name resolves inside the cluster (`web-0.nginx`, `order.shop`), to this object's
    /// address when one is given.
    case resolves(String, namespace: String, to: ObjectReferenceText?)
    /// The objects were created in this order, each after the previous one was Ready if asked.
    case createdInOrder([ObjectReferenceText], eachAfterPreviousReady: Bool)
    /// The objects were deleted in this order.
    case deletedInOrder([ObjectReferenceText])
    /// A Deployment's rollout is complete, as `kubectl rollout status` waits for.
    case rolloutComplete(ObjectReferenceText)
    /// A `kubectl drain` started by the scenario has reached this outcome.
    case drain(String, DrainOutcome)
    /// The number of nodes matching a query.
    case nodes(NodeQuery, count: Comparison)
    /// The number of ready addresses in a Service's endpoints.
    case endpoints(ObjectReferenceText, count: Comparison)
    /// How the probes of a type answered in the selected pods (the kubelet's
    /// `prober_probe_total`): each result count compared.
    case probes(ProbeQuery, [ProbeResult: Comparison])
    /// Every condition holds.
    case all([Condition])
}

/// Which probe results `probes:` counts.
public struct ProbeQuery: Sendable, Hashable {
    public var pods: PodQuery
    public var kind: ProbeKind
}

/// A probe result, as `prober_probe_total` labels it.
public enum ProbeResult: String, Sendable, Hashable, CaseIterable {
    case successful, failed
}

/// Which nodes `nodes:` counts.
public struct NodeQuery: Sendable, Hashable {
    public var selector: LabelSelector
    public var selectorText: String
    public var ready: Bool?
    /// The kubelet's minor version (`1.30` matches `v1.30.0`).
    public var version: String?
    /// False counts cordoned nodes, true the others.
    public var schedulable: Bool?
}

/// How a drain ended (or that it has not).
public enum DrainOutcome: String, Sendable, Hashable, CaseIterable {
    /// Ended, either way.
    case finished
    /// Every pod evicted: `node/x drained`.
    case succeeded
    /// Gave up: a fatal filter error, or `--timeout` reached.
    case failed
    /// Started and not ended yet.
    case running
}

/// Which pods `pods:` counts.
public struct PodQuery: Sendable, Hashable {
    /// Pods whose labels match; empty with `owner`.
    public var selector: LabelSelector
    public var selectorText: String
    /// The workload (or Service) whose own selector picks the pods (`of: deployment/order`).
    public var owner: ObjectReferenceText?
    public var namespace: String
    public var phase: String?
    public var ready: Bool?
    /// Pods being deleted (kubectl: STATUS Terminating) only, or none of them.
    ///
    /// Unset, they are left out when `ready: true` or `phase: Running` is asked, as a student reads those words.
    public var terminating: Bool?
    /// Only pods bound to nodes with these labels (`topology.kubernetes.io/zone=us-east-1a`).
    public var node: LabelSelector?
    public var nodeText: String?

    public init(
        selector: LabelSelector = LabelSelector(), selectorText: String = "",
        owner: ObjectReferenceText? = nil, namespace: String = "default", phase: String? = nil,
        ready: Bool? = nil, terminating: Bool? = nil
    ) {
        self.selector = selector
        self.selectorText = selectorText
        self.owner = owner
        self.namespace = namespace
        self.phase = phase
        self.ready = ready
        self.terminating = terminating
    }

    /// `app=order`, or `of deployment/order`.
    public var description: String {
        if let owner { return "of \(owner)" }
        return selectorText
    }
}

/// Which events `event:` looks for.
public struct EventQuery: Sendable, Hashable {
    public var reason: String
    public var object: ObjectSelection?
    public var type: String?
    public var message: String?
    /// Only the latest such event counts: what the probe answers now, not what it answered
    /// while the app was starting.
    public var latest = false
}

/// The numbers of a load report a scenario can check.
public enum LoadMetric: String, Sendable, Hashable, CaseIterable {
    case availability, transactions, successful, failed
}

/// When an expectation is checked.
public enum ExpectationMode: Sendable, Hashable {
    /// At the moment of the step.
    case now
    /// At some moment within the interval (the run moves on as soon as it holds).
    case within(ScenarioDuration)
    /// At every event during the interval.
    case throughout(ScenarioDuration)
    /// At every event until a milestone is reached (`throughout: until drain finished`).
    case throughoutUntil(Milestone)
}

/// A moment a `throughout` expectation can run to.
public enum Milestone: Sendable, Hashable, CustomStringConvertible {
    /// Every drain started so far ended (nil), or the drain of this node ended.
    case drainFinished(String?)
    /// The named load finished.
    case loadFinished(String)
    /// The end of the run: a check that must hold for the rest of the scenario ("never
    /// restarted") watches in the background while the steps after it run.
    case end

    /// How long a `throughout: until ...` expectation waits for its milestone at most.
    public static let limit = VirtualTime.seconds(3600)

    public var description: String {
        switch self {
        case .drainFinished(let node): "until drain \(node.map { "\($0) " } ?? "")finished"
        case .loadFinished(let name): "until load \(name) finished"
        case .end: "until the end of the run"
        }
    }
}

/// An expectation step: a condition, when it must hold, and how reports name it.
public struct Expectation: Sendable, Hashable {
    public var id: String?
    public var title: String?
    public var condition: Condition
    public var mode: ExpectationMode
    /// Conditions looked at when the expectation fails: those that hold explain why (a lab's
    /// `explain:` entries, by index).
    public var explanations: [Condition]

    public init(
        id: String? = nil, title: String? = nil, condition: Condition, mode: ExpectationMode = .now,
        explanations: [Condition] = []
    ) {
        self.id = id
        self.title = title
        self.condition = condition
        self.mode = mode
        self.explanations = explanations
    }
}
