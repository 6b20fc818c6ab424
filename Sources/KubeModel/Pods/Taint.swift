/// A node's repellent: pods without a matching toleration stay away (`core/v1.Taint`).
public struct Taint: Codable, Sendable, Hashable {
    public var key: String
    public var value: String?
    public var effect: TaintEffect
    public var timeAdded: String?

    public init(key: String, value: String? = nil, effect: TaintEffect) {
        self.key = key
        self.value = value
        self.effect = effect
    }
}

public enum TaintEffect: String, KubeEnum {
    case noSchedule = "NoSchedule"
    case preferNoSchedule = "PreferNoSchedule"
    case noExecute = "NoExecute"
}
