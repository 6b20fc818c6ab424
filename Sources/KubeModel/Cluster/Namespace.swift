/// A scope for names (`core/v1.Namespace`).
public struct Namespace: KubeObject {
    public static let kind = "Namespace"
    public static let apiVersions = ["v1"]

    public var apiVersion: String
    public var kind: String
    public var metadata: ObjectMeta
    public var spec: NamespaceSpec?
    public var status: NamespaceStatus?

    public init(metadata: ObjectMeta) {
        self.apiVersion = "v1"
        self.kind = Self.kind
        self.metadata = metadata
    }
}

public struct NamespaceSpec: Codable, Sendable, Hashable {
    public var finalizers: [String]?

    public init(finalizers: [String]? = nil) { self.finalizers = finalizers }
}

public struct NamespaceStatus: Codable, Sendable, Hashable {
    public var phase: NamespacePhase?
    public var conditions: [Condition]?

    public init(phase: NamespacePhase? = nil) { self.phase = phase }
}

public enum NamespacePhase: String, KubeEnum {
    case active = "Active"
    case terminating = "Terminating"
}
