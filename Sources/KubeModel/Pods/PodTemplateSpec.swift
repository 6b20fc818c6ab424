/// The pod a workload stamps out (`core/v1.PodTemplateSpec`).
public struct PodTemplateSpec: Codable, Sendable, Hashable {
    public var metadata: ObjectMeta?
    public var spec: PodSpec?

    public init(metadata: ObjectMeta? = nil, spec: PodSpec? = nil) {
        self.metadata = metadata
        self.spec = spec
    }

    public var labels: [String: String] { metadata?.labels ?? [:] }
}
