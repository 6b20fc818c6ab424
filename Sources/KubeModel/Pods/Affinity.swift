/// Scheduling constraints relative to nodes and to other pods (`core/v1.Affinity`).
public struct Affinity: Codable, Sendable, Hashable {
    public var nodeAffinity: NodeAffinity?
    public var podAffinity: PodAffinity?
    public var podAntiAffinity: PodAffinity?

    public init(
        nodeAffinity: NodeAffinity? = nil, podAffinity: PodAffinity? = nil,
        podAntiAffinity: PodAffinity? = nil
    ) {
        self.nodeAffinity = nodeAffinity
        self.podAffinity = podAffinity
        self.podAntiAffinity = podAntiAffinity
    }
}

public struct NodeAffinity: Codable, Sendable, Hashable {
    public var requiredDuringSchedulingIgnoredDuringExecution: NodeSelector?
    public var preferredDuringSchedulingIgnoredDuringExecution: [PreferredSchedulingTerm]?

    public init(
        requiredDuringSchedulingIgnoredDuringExecution: NodeSelector? = nil,
        preferredDuringSchedulingIgnoredDuringExecution: [PreferredSchedulingTerm]? = nil
    ) {
        self.requiredDuringSchedulingIgnoredDuringExecution =
            requiredDuringSchedulingIgnoredDuringExecution
        self.preferredDuringSchedulingIgnoredDuringExecution =
            preferredDuringSchedulingIgnoredDuringExecution
    }
}

public struct PreferredSchedulingTerm: Codable, Sendable, Hashable {
    public var weight: Int
    public var preference: NodeSelectorTerm
}

/// `podAffinity` and `podAntiAffinity` share one shape.
public struct PodAffinity: Codable, Sendable, Hashable {
    public var requiredDuringSchedulingIgnoredDuringExecution: [PodAffinityTerm]?
    public var preferredDuringSchedulingIgnoredDuringExecution: [WeightedPodAffinityTerm]?
}

public struct PodAffinityTerm: Codable, Sendable, Hashable {
    public var labelSelector: LabelSelector?
    public var namespaces: [String]?
    public var topologyKey: String
    public var namespaceSelector: LabelSelector?
    public var matchLabelKeys: [String]?
    public var mismatchLabelKeys: [String]?

    public init(labelSelector: LabelSelector?, topologyKey: String) {
        self.labelSelector = labelSelector
        self.topologyKey = topologyKey
    }
}

public struct WeightedPodAffinityTerm: Codable, Sendable, Hashable {
    public var weight: Int
    public var podAffinityTerm: PodAffinityTerm
}
