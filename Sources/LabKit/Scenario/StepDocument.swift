import KubeModel

/// One step as written: exactly one action key, checked by `ScenarioCompiler`.
struct StepDocument: Decodable {
    var apply: OpaqueValue?
    var delete: OpaqueValue?
    var kubectl: String?
    var load: LoadDocument?
    var stopLoad: String?
    var setUsage: UsageDocument?
    var setMetric: MetricDocument?
    var breakPod: PodFaultDocument?
    var healPod: PodFaultDocument?
    var nodeGroup: NodeGroupStepDocument?
    var controlPlane: ControlPlaneStepDocument?
    var failNode: String?
    var recoverNode: String?
    var advance: ScenarioDuration?
    var wait: WaitDocument?
    var expect: ExpectationDocument?
    /// A lab's check by id, or several that start together: their expectations run here
    /// (labs only).
    var check: OpaqueValue?

    /// The action keys, in the order documentation lists them.
    static let actionKeys = [
        "apply", "delete", "kubectl", "load", "stopLoad", "setUsage", "setMetric", "breakPod",
        "healPod", "nodeGroup", "controlPlane", "failNode", "recoverNode", "advance", "wait",
        "expect", "check",
    ]

    var presentKeys: [String] {
        let present: [Bool] = [
            apply != nil, delete != nil, kubectl != nil, load != nil, stopLoad != nil,
            setUsage != nil, setMetric != nil, breakPod != nil, healPod != nil,
            nodeGroup != nil, controlPlane != nil, failNode != nil,
            recoverNode != nil, advance != nil, wait != nil, expect != nil, check != nil,
        ]
        return zip(Self.actionKeys, present).filter(\.1).map(\.0)
    }
}

/// `load: {name, concurrency, time, delay, url}`: siege's `-c`, `-t` and `--delay`.
struct LoadDocument: Decodable {
    var name: String?
    var concurrency: Int?
    var time: ScenarioDuration?
    var delay: ScenarioDuration?
    var url: String
    var namespace: String?
}

/// `setUsage: {selector, cpu, memory}` or `setUsage: {of: deployment/order, cpu}`: what the
/// pods' applications consume (or, with `container:`, one of their containers).
struct UsageDocument: Decodable {
    var selector: String?
    var of: String?
    var namespace: String?
    var container: String?
    var cpu: RawScalar?
    var memory: RawScalar?
}

/// `setMetric:` with exactly one of `pods: {selector | of, name, value}`, `object: KIND/NAME`
/// (with `name` and `value`) or `external: {name, labels, value}`: a custom or external metric's
/// value, as an adapter would serve it to autoscalers.
struct MetricDocument: Decodable {
    var pods: PodsMetricDocument?
    var object: String?
    var external: ExternalMetricDocument?
    var name: String?
    var value: RawScalar?
    var namespace: String?
}

/// `setMetric: {pods: {of: deployment/web, name: requests_per_second, value: 10}}`.
struct PodsMetricDocument: Decodable {
    var selector: String?
    var of: String?
    var name: String
    var value: RawScalar
}

/// `setMetric: {external: {name: queue_messages, labels: {queue: jobs}, value: 30}}`.
struct ExternalMetricDocument: Decodable {
    var name: String
    var labels: [String: String]?
    var value: RawScalar
}

/// `breakPod: {pod: web-0, path: /orders, after: 30s}`, `breakPod: {of: deployment/order,
/// crash: true}`, `healPod: {pod: web-0, path: /orders}`: a fault in one pod's application.
struct PodFaultDocument: Decodable {
    var pod: String?
    var of: String?
    var namespace: String?
    var path: String?
    var crash: Bool?
    var after: ScenarioDuration?
}

/// `wait: {for: <condition>, timeout: 120s}`, or `wait: {drain: NODE}` for a drain's end.
struct WaitDocument: Decodable {
    var `for`: ExpectationDocument?
    var drain: String?
    var timeout: ScenarioDuration?
}

/// `nodeGroup:` with exactly one of `create`, `scale`, `delete`, `upgrade`.
struct NodeGroupStepDocument: Decodable {
    var create: NodeGroupDocument?
    var scale: NodeGroupScaleDocument?
    var delete: String?
    var upgrade: NodeGroupUpgradeDocument?

    static let keys = ["create", "scale", "delete", "upgrade"]

    var presentKeys: [String] {
        let present = [create != nil, scale != nil, delete != nil, upgrade != nil]
        return zip(Self.keys, present).filter(\.1).map(\.0)
    }
}

/// `nodeGroup: {scale: {name, desired, min, max}}`.
struct NodeGroupScaleDocument: Decodable {
    var name: String
    var desired: Int?
    var min: Int?
    var max: Int?
}

/// `nodeGroup: {upgrade: {name, version, force}}`.
struct NodeGroupUpgradeDocument: Decodable {
    var name: String
    var version: String
    var force: Bool?
}

/// `controlPlane: {upgrade: "1.30"}`.
struct ControlPlaneStepDocument: Decodable {
    var upgrade: String
}

extension StepDocument {
    /// `check: scale-out`, or `check: [full-capacity, no-downtime]` for checks that watch the
    /// same interval; nil when it is neither a name nor a list of names.
    var checkIDs: [String]? {
        switch check {
        case .string(let id)?:
            return [id]
        case .array(let items)?:
            let ids = items.compactMap { item -> String? in
                if case .string(let id) = item { return id }
                return nil
            }
            return ids.count == items.count ? ids : nil
        default:
            return nil
        }
    }
}
