/// HTTP routing from outside the cluster to Services (`networking.k8s.io/v1.Ingress`).
public struct Ingress: KubeObject {
    public static let kind = "Ingress"
    public static let apiVersions = ["networking.k8s.io/v1"]

    public var apiVersion: String
    public var kind: String
    public var metadata: ObjectMeta
    public var spec: IngressSpec?
    public var status: IngressStatus?

    public init(metadata: ObjectMeta, spec: IngressSpec? = nil) {
        self.apiVersion = "networking.k8s.io/v1"
        self.kind = Self.kind
        self.metadata = metadata
        self.spec = spec
    }
}

public struct IngressSpec: Codable, Sendable, Hashable {
    public var ingressClassName: String?
    public var defaultBackend: IngressBackend?
    public var tls: [OpaqueValue]?
    public var rules: [IngressRule]?

    public init(ingressClassName: String? = nil, rules: [IngressRule]? = nil) {
        self.ingressClassName = ingressClassName
        self.rules = rules
    }
}

public struct IngressRule: Codable, Sendable, Hashable {
    public var host: String?
    public var http: HTTPIngressRuleValue?

    public init(host: String? = nil, http: HTTPIngressRuleValue? = nil) {
        self.host = host
        self.http = http
    }
}

public struct HTTPIngressRuleValue: Codable, Sendable, Hashable {
    public var paths: [HTTPIngressPath]

    public init(paths: [HTTPIngressPath]) { self.paths = paths }
}

public struct HTTPIngressPath: Codable, Sendable, Hashable {
    public var path: String?
    public var pathType: PathType
    public var backend: IngressBackend

    public init(path: String? = nil, pathType: PathType, backend: IngressBackend) {
        self.path = path
        self.pathType = pathType
        self.backend = backend
    }
}

public enum PathType: String, KubeEnum {
    case exact = "Exact"
    case prefix = "Prefix"
    case implementationSpecific = "ImplementationSpecific"
}

public struct IngressBackend: Codable, Sendable, Hashable {
    public var service: IngressServiceBackend?
    public var resource: OpaqueValue?

    public init(service: IngressServiceBackend? = nil) { self.service = service }
}

public struct IngressServiceBackend: Codable, Sendable, Hashable {
    public var name: String
    public var port: ServiceBackendPort?

    public init(name: String, port: ServiceBackendPort? = nil) {
        self.name = name
        self.port = port
    }
}

/// Exactly one of `number` and `name`.
public struct ServiceBackendPort: Codable, Sendable, Hashable {
    public var name: String?
    public var number: Int?

    public init(name: String? = nil, number: Int? = nil) {
        self.name = name
        self.number = number
    }
}

public struct IngressStatus: Codable, Sendable, Hashable {
    public var loadBalancer: OpaqueValue?

    public init() {}
}
