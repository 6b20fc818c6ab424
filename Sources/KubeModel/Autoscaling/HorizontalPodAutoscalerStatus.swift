/// What the autoscaler last saw and decided; the simulator fills it in.
public struct HorizontalPodAutoscalerStatus: Codable, Sendable, Hashable {
    public var observedGeneration: Int?
    public var lastScaleTime: String?
    public var currentReplicas: Int?
    public var desiredReplicas: Int
    public var currentMetrics: [MetricStatus]?
    public var conditions: [Condition]?

    public init(currentReplicas: Int? = nil, desiredReplicas: Int) {
        self.currentReplicas = currentReplicas
        self.desiredReplicas = desiredReplicas
    }
}

public struct MetricStatus: Codable, Sendable, Hashable {
    public var type: MetricSourceType
    public var resource: ResourceMetricStatus?
    public var containerResource: ContainerResourceMetricStatus?
    public var pods: PodsMetricStatus?
    public var object: ObjectMetricStatus?
    public var external: ExternalMetricStatus?

    public init(type: MetricSourceType, resource: ResourceMetricStatus? = nil) {
        self.type = type
        self.resource = resource
    }
}

public struct ResourceMetricStatus: Codable, Sendable, Hashable {
    public var name: String
    public var current: MetricValueStatus

    public init(name: String, current: MetricValueStatus) {
        self.name = name
        self.current = current
    }
}

public struct ContainerResourceMetricStatus: Codable, Sendable, Hashable {
    public var name: String
    public var container: String
    public var current: MetricValueStatus

    public init(name: String, container: String, current: MetricValueStatus) {
        self.name = name
        self.container = container
        self.current = current
    }
}

public struct PodsMetricStatus: Codable, Sendable, Hashable {
    public var metric: MetricIdentifier
    public var current: MetricValueStatus

    public init(metric: MetricIdentifier, current: MetricValueStatus) {
        self.metric = metric
        self.current = current
    }
}

public struct ObjectMetricStatus: Codable, Sendable, Hashable {
    public var metric: MetricIdentifier
    public var current: MetricValueStatus
    public var describedObject: CrossVersionObjectReference

    public init(
        metric: MetricIdentifier, current: MetricValueStatus,
        describedObject: CrossVersionObjectReference
    ) {
        self.metric = metric
        self.current = current
        self.describedObject = describedObject
    }
}

public struct ExternalMetricStatus: Codable, Sendable, Hashable {
    public var metric: MetricIdentifier
    public var current: MetricValueStatus

    public init(metric: MetricIdentifier, current: MetricValueStatus) {
        self.metric = metric
        self.current = current
    }
}

public struct MetricValueStatus: Codable, Sendable, Hashable {
    public var value: Quantity?
    public var averageValue: Quantity?
    public var averageUtilization: Int?

    public init(
        value: Quantity? = nil, averageValue: Quantity? = nil, averageUtilization: Int? = nil
    ) {
        self.value = value
        self.averageValue = averageValue
        self.averageUtilization = averageUtilization
    }
}
