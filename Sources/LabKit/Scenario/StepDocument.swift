import KubeModel

/// One step as written: exactly one action key, checked by `ScenarioCompiler`.
struct StepDocument: Decodable {
    var apply: OpaqueValue?
    var delete: OpaqueValue?
    var kubectl: String?
    var load: LoadDocument?
    var stopLoad: String?
    var setUsage: UsageDocument?
    var advance: ScenarioDuration?
    var wait: WaitDocument?
    var expect: ExpectationDocument?

    /// The action keys, in the order documentation lists them.
    static let actionKeys = [
        "apply", "delete", "kubectl", "load", "stopLoad", "setUsage", "advance", "wait", "expect",
    ]

    var presentKeys: [String] {
        let present: [Bool] = [
            apply != nil, delete != nil, kubectl != nil, load != nil, stopLoad != nil,
            setUsage != nil, advance != nil, wait != nil, expect != nil,
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

/// `setUsage: {selector, cpu, memory}`: what the pods' applications consume.
struct UsageDocument: Decodable {
    var selector: String
    var namespace: String?
    var cpu: RawScalar?
    var memory: RawScalar?
}

/// `wait: {for: <condition>, timeout: 120s}`.
struct WaitDocument: Decodable {
    var `for`: ExpectationDocument
    var timeout: ScenarioDuration?
}
