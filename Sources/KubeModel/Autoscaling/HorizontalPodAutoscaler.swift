/// Scales a workload on observed metrics (`autoscaling/v2.HorizontalPodAutoscaler`).
///
/// An autoscaling/v1 manifest converts to this type and keeps `apiVersion: autoscaling/v1`, so
/// reports show what the student wrote.
public struct HorizontalPodAutoscaler: KubeObject {
    public static let kind = "HorizontalPodAutoscaler"
    public static let apiVersions = ["autoscaling/v2"]

    public var apiVersion: String
    public var kind: String
    public var metadata: ObjectMeta
    public var spec: HorizontalPodAutoscalerSpec
    public var status: HorizontalPodAutoscalerStatus?

    public init(metadata: ObjectMeta, spec: HorizontalPodAutoscalerSpec) {
        self.apiVersion = "autoscaling/v2"
        self.kind = Self.kind
        self.metadata = metadata
        self.spec = spec
    }
}

public struct HorizontalPodAutoscalerSpec: Codable, Sendable, Hashable {
    public var scaleTargetRef: CrossVersionObjectReference
    public var minReplicas: Int?
    public var maxReplicas: Int
    public var metrics: [MetricSpec]?
    public var behavior: HorizontalPodAutoscalerBehavior?

    public init(
        scaleTargetRef: CrossVersionObjectReference, minReplicas: Int? = nil, maxReplicas: Int,
        metrics: [MetricSpec]? = nil
    ) {
        self.scaleTargetRef = scaleTargetRef
        self.minReplicas = minReplicas
        self.maxReplicas = maxReplicas
        self.metrics = metrics
    }
}

/// The workload an autoscaler scales (`kind`, `name`, `apiVersion`).
public struct CrossVersionObjectReference: Codable, Sendable, Hashable {
    public var kind: String
    public var name: String
    public var apiVersion: String?

    public init(kind: String, name: String, apiVersion: String? = nil) {
        self.kind = kind
        self.name = name
        self.apiVersion = apiVersion
    }
}
