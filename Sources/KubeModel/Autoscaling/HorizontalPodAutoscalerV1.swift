/// The autoscaling/v1 wire form: cpu utilization only.
///
/// Converted to
/// `HorizontalPodAutoscaler` before the simulator sees it.
public struct HorizontalPodAutoscalerV1: KubeObject {
    public static let kind = "HorizontalPodAutoscaler"
    public static let apiVersions = ["autoscaling/v1"]

    public var apiVersion: String
    public var kind: String
    public var metadata: ObjectMeta
    public var spec: Spec
    public var status: Status?

    public init(metadata: ObjectMeta, spec: Spec) {
        self.apiVersion = "autoscaling/v1"
        self.kind = Self.kind
        self.metadata = metadata
        self.spec = spec
    }

    public struct Spec: Codable, Sendable, Hashable {
        public var scaleTargetRef: CrossVersionObjectReference
        public var minReplicas: Int?
        public var maxReplicas: Int
        public var targetCPUUtilizationPercentage: Int?

        public init(
            scaleTargetRef: CrossVersionObjectReference, minReplicas: Int? = nil,
            maxReplicas: Int, targetCPUUtilizationPercentage: Int? = nil
        ) {
            self.scaleTargetRef = scaleTargetRef
            self.minReplicas = minReplicas
            self.maxReplicas = maxReplicas
            self.targetCPUUtilizationPercentage = targetCPUUtilizationPercentage
        }
    }

    public struct Status: Codable, Sendable, Hashable {
        public var observedGeneration: Int?
        public var lastScaleTime: String?
        public var currentReplicas: Int
        public var desiredReplicas: Int
        public var currentCPUUtilizationPercentage: Int?
    }
}
