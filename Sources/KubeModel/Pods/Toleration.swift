/// Lets a pod run on nodes with a matching taint (`core/v1.Toleration`).
public struct Toleration: Codable, Sendable, Hashable {
    public var key: String?
    public var `operator`: TolerationOperator?
    public var value: String?
    public var effect: TaintEffect?
    public var tolerationSeconds: Int?

    public init(
        key: String? = nil, operator: TolerationOperator? = nil, value: String? = nil,
        effect: TaintEffect? = nil
    ) {
        self.key = key
        self.operator = `operator`
        self.value = value
        self.effect = effect
    }

    /// Upstream `Toleration.ToleratesTaint`: empty effect matches all effects, empty key with
    /// `Exists` matches all taints, `Equal` (the default) compares values.
    public func tolerates(_ taint: Taint) -> Bool {
        if let effect, effect != taint.effect { return false }
        if let key, !key.isEmpty, key != taint.key { return false }
        switch `operator` ?? .equal {
        case .exists: return true
        case .equal: return (value ?? "") == (taint.value ?? "")
        }
    }
}

public enum TolerationOperator: String, KubeEnum {
    case exists = "Exists"
    case equal = "Equal"
}
