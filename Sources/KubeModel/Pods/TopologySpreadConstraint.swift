/// Spreads matching pods across topology domains (`core/v1.TopologySpreadConstraint`).
public struct TopologySpreadConstraint: Codable, Sendable, Hashable {
    public var maxSkew: Int
    public var topologyKey: String
    public var whenUnsatisfiable: UnsatisfiableConstraintAction
    public var labelSelector: LabelSelector?
    public var minDomains: Int?
    public var nodeAffinityPolicy: NodeInclusionPolicy?
    public var nodeTaintsPolicy: NodeInclusionPolicy?
    public var matchLabelKeys: [String]?

    public init(
        maxSkew: Int, topologyKey: String, whenUnsatisfiable: UnsatisfiableConstraintAction,
        labelSelector: LabelSelector? = nil
    ) {
        self.maxSkew = maxSkew
        self.topologyKey = topologyKey
        self.whenUnsatisfiable = whenUnsatisfiable
        self.labelSelector = labelSelector
    }
}

public enum UnsatisfiableConstraintAction: String, KubeEnum {
    case doNotSchedule = "DoNotSchedule"
    case scheduleAnyway = "ScheduleAnyway"
}

public enum NodeInclusionPolicy: String, KubeEnum {
    case ignore = "Ignore"
    case honor = "Honor"
}
