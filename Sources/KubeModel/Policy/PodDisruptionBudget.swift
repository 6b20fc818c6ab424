/// Limits voluntary disruptions of matching pods (`policy/v1.PodDisruptionBudget`).
public struct PodDisruptionBudget: KubeObject {
    public static let kind = "PodDisruptionBudget"
    public static let apiVersions = ["policy/v1"]

    public var apiVersion: String
    public var kind: String
    public var metadata: ObjectMeta
    public var spec: PodDisruptionBudgetSpec?
    public var status: PodDisruptionBudgetStatus?

    public init(metadata: ObjectMeta, spec: PodDisruptionBudgetSpec? = nil) {
        self.apiVersion = "policy/v1"
        self.kind = Self.kind
        self.metadata = metadata
        self.spec = spec
    }
}

public struct PodDisruptionBudgetSpec: Codable, Sendable, Hashable {
    public var minAvailable: IntOrString?
    public var maxUnavailable: IntOrString?
    /// In policy/v1 a null selector selects no pods and an empty one selects every pod of the
    /// namespace.
    public var selector: LabelSelector?
    /// Nil means `IfHealthyBudget`.
    public var unhealthyPodEvictionPolicy: UnhealthyPodEvictionPolicyType?

    public init(
        minAvailable: IntOrString? = nil, maxUnavailable: IntOrString? = nil,
        selector: LabelSelector? = nil
    ) {
        self.minAvailable = minAvailable
        self.maxUnavailable = maxUnavailable
        self.selector = selector
    }
}

public enum UnhealthyPodEvictionPolicyType: String, KubeEnum {
    case ifHealthyBudget = "IfHealthyBudget"
    case alwaysAllow = "AlwaysAllow"
}

public struct PodDisruptionBudgetStatus: Codable, Sendable, Hashable {
    public var observedGeneration: Int?
    public var disruptedPods: [String: String]?
    public var disruptionsAllowed: Int
    public var currentHealthy: Int
    public var desiredHealthy: Int
    public var expectedPods: Int
    public var conditions: [Condition]?

    public init(
        disruptionsAllowed: Int, currentHealthy: Int, desiredHealthy: Int, expectedPods: Int
    ) {
        self.disruptionsAllowed = disruptionsAllowed
        self.currentHealthy = currentHealthy
        self.desiredHealthy = desiredHealthy
        self.expectedPods = expectedPods
    }
}
