/// One metric an autoscaler scales on; `type` says which source field is set.
public struct MetricSpec: Codable, Sendable, Hashable {
    public var type: MetricSourceType
    public var object: ObjectMetricSource?
    public var pods: PodsMetricSource?
    public var resource: ResourceMetricSource?
    public var containerResource: ContainerResourceMetricSource?
    public var external: ExternalMetricSource?

    public init(
        type: MetricSourceType, resource: ResourceMetricSource? = nil,
        containerResource: ContainerResourceMetricSource? = nil
    ) {
        self.type = type
        self.resource = resource
        self.containerResource = containerResource
    }

    /// `{type: Resource, resource: {name: cpu, target: {type: Utilization, ...}}}`.
    public static func cpuUtilization(_ percent: Int) -> MetricSpec {
        MetricSpec(
            type: .resource,
            resource: ResourceMetricSource(
                name: "cpu", target: MetricTarget(type: .utilization, averageUtilization: percent)))
    }
}

public enum MetricSourceType: String, KubeEnum {
    case object = "Object"
    case pods = "Pods"
    case resource = "Resource"
    case containerResource = "ContainerResource"
    case external = "External"
}

public struct ResourceMetricSource: Codable, Sendable, Hashable {
    public var name: String
    public var target: MetricTarget

    public init(name: String, target: MetricTarget) {
        self.name = name
        self.target = target
    }
}

public struct ContainerResourceMetricSource: Codable, Sendable, Hashable {
    public var name: String
    public var container: String
    public var target: MetricTarget

    public init(name: String, container: String, target: MetricTarget) {
        self.name = name
        self.container = container
        self.target = target
    }
}

public struct PodsMetricSource: Codable, Sendable, Hashable {
    public var metric: MetricIdentifier
    public var target: MetricTarget

    public init(metric: MetricIdentifier, target: MetricTarget) {
        self.metric = metric
        self.target = target
    }
}

public struct ObjectMetricSource: Codable, Sendable, Hashable {
    public var describedObject: CrossVersionObjectReference
    public var target: MetricTarget
    public var metric: MetricIdentifier

    public init(
        describedObject: CrossVersionObjectReference, target: MetricTarget,
        metric: MetricIdentifier
    ) {
        self.describedObject = describedObject
        self.target = target
        self.metric = metric
    }
}

public struct ExternalMetricSource: Codable, Sendable, Hashable {
    public var metric: MetricIdentifier
    public var target: MetricTarget

    public init(metric: MetricIdentifier, target: MetricTarget) {
        self.metric = metric
        self.target = target
    }
}

public struct MetricIdentifier: Codable, Sendable, Hashable {
    public var name: String
    public var selector: LabelSelector?

    public init(name: String, selector: LabelSelector? = nil) {
        self.name = name
        self.selector = selector
    }
}

/// The value to hold a metric at: exactly one of the three, as `type` says.
public struct MetricTarget: Codable, Sendable, Hashable {
    public var type: MetricTargetType
    public var value: Quantity?
    public var averageValue: Quantity?
    public var averageUtilization: Int?

    public init(
        type: MetricTargetType, value: Quantity? = nil, averageValue: Quantity? = nil,
        averageUtilization: Int? = nil
    ) {
        self.type = type
        self.value = value
        self.averageValue = averageValue
        self.averageUtilization = averageUtilization
    }
}

public enum MetricTargetType: String, KubeEnum {
    case utilization = "Utilization"
    case value = "Value"
    case averageValue = "AverageValue"
}
