/// The smallest deployable unit: one or more containers scheduled together (`core/v1.Pod`).
public struct Pod: KubeObject {
    public static let kind = "Pod"
    public static let apiVersions = ["v1"]

    public var apiVersion: String
    public var kind: String
    public var metadata: ObjectMeta
    public var spec: PodSpec
    public var status: PodStatus?

    public init(metadata: ObjectMeta, spec: PodSpec) {
        self.apiVersion = "v1"
        self.kind = Self.kind
        self.metadata = metadata
        self.spec = spec
    }
}
