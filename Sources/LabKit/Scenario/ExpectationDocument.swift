import KubeModel

/// A condition or an expectation as written; `ScenarioCompiler` turns it into a `Condition`.
///
/// Exactly one subject key (`object`, `pods`, `event`, `load`, `resolves`, `createdInOrder`,
/// `deletedInOrder`, `rolloutComplete`, `drain`, `nodes`, `endpoints`, `probes`, `all`) says
/// what is looked at; the other keys qualify it.
struct ExpectationDocument: Decodable {
    var id: String?
    var title: String?
    var within: ScenarioDuration?
    var throughout: ScenarioSpan?

    var object: String?
    var namespace: String?
    var field: String?
    var equals: OpaqueValue?
    var atLeast: ComparisonBound?
    var atMost: ComparisonBound?
    var matches: String?
    var exists: Bool?
    /// With `object: pod/web-0`: deleted and created again under the same name (or never).
    var replaced: Bool?

    var pods: PodQueryDocument?
    var count: ComparisonDocument?

    var event: EventQueryDocument?
    var absent: Bool?

    var load: String?
    var availability: ComparisonDocument?
    var transactions: ComparisonDocument?
    var successful: ComparisonDocument?
    var failed: ComparisonDocument?

    var resolves: String?
    var to: String?

    var createdInOrder: [String]?
    var eachAfterPreviousReady: Bool?
    var deletedInOrder: [String]?

    var rolloutComplete: String?

    var drain: String?
    var outcome: String?

    var nodes: NodeQueryDocument?

    var endpoints: String?

    var probes: ProbeQueryDocument?

    var all: [ExpectationDocument]?

    static let subjectKeys = [
        "object", "pods", "event", "load", "resolves", "createdInOrder", "deletedInOrder",
        "rolloutComplete", "drain", "nodes", "endpoints", "probes", "all",
    ]

    var presentSubjects: [String] {
        let present: [Bool] = [
            object != nil, pods != nil, event != nil, load != nil, resolves != nil,
            createdInOrder != nil, deletedInOrder != nil, rolloutComplete != nil, drain != nil,
            nodes != nil, endpoints != nil, probes != nil, all != nil,
        ]
        return zip(Self.subjectKeys, present).filter(\.1).map(\.0)
    }
}

/// `pods: {selector: app=order, phase: Running, ready: true}`, or `pods: {of: deployment/order}`.
struct PodQueryDocument: Decodable {
    var selector: String?
    var of: String?
    var namespace: String?
    var phase: String?
    var ready: Bool?
    var terminating: Bool?
    /// Labels of the nodes the pods run on: `topology.kubernetes.io/zone=us-east-1a`.
    var node: String?
}

/// `probes: {of: deployment/order, probe: liveness}`.
struct ProbeQueryDocument: Decodable {
    var of: String?
    var selector: String?
    var namespace: String?
    var probe: String
}

/// `nodes: {selector: eks.amazonaws.com/nodegroup=green, ready: true, version: "1.30"}`.
struct NodeQueryDocument: Decodable {
    var selector: String?
    var ready: Bool?
    var version: String?
    var schedulable: Bool?
}

/// `event: {reason: ImagePullBackOff, object: pod/web-0, type: Warning}`.
struct EventQueryDocument: Decodable {
    var reason: String
    var object: String?
    var type: String?
    var message: String?
    var latest: Bool?
}

/// `{equals: 3}`, `{atLeast: 99.5}`, `{atMost: 0}`.
struct ComparisonDocument: Decodable {
    var equals: Double?
    var atLeast: Double?
    var atMost: Double?
}
