/// A stable virtual address in front of a set of pods (`core/v1.Service`).
public struct Service: KubeObject {
    public static let kind = "Service"
    public static let apiVersions = ["v1"]

    public var apiVersion: String
    public var kind: String
    public var metadata: ObjectMeta
    public var spec: ServiceSpec
    public var status: ServiceStatus?

    public init(metadata: ObjectMeta, spec: ServiceSpec) {
        self.apiVersion = "v1"
        self.kind = Self.kind
        self.metadata = metadata
        self.spec = spec
    }

    /// A headless service (`clusterIP: None`) gives pods DNS names instead of one virtual IP.
    public var isHeadless: Bool { spec.clusterIP == ServiceSpec.headlessClusterIP }
}

public struct ServiceSpec: Codable, Sendable, Hashable {
    public static let headlessClusterIP = "None"

    public var type: ServiceType?
    public var ports: [ServicePort]?
    public var selector: [String: String]?
    public var clusterIP: String?
    public var clusterIPs: [String]?
    public var externalIPs: [String]?
    public var sessionAffinity: ServiceAffinity?
    public var sessionAffinityConfig: OpaqueValue?
    public var loadBalancerIP: String?
    public var loadBalancerSourceRanges: [String]?
    public var loadBalancerClass: String?
    public var externalName: String?
    public var externalTrafficPolicy: ServiceTrafficPolicy?
    public var internalTrafficPolicy: ServiceTrafficPolicy?
    public var healthCheckNodePort: Int?
    public var publishNotReadyAddresses: Bool?
    public var ipFamilies: [String]?
    public var ipFamilyPolicy: String?
    public var allocateLoadBalancerNodePorts: Bool?
    public var trafficDistribution: String?

    public init(
        type: ServiceType? = nil, ports: [ServicePort]? = nil, selector: [String: String]? = nil
    ) {
        self.type = type
        self.ports = ports
        self.selector = selector
    }
}

public struct ServicePort: Codable, Sendable, Hashable {
    public var name: String?
    public var `protocol`: PortProtocol?
    public var appProtocol: String?
    public var port: Int
    public var targetPort: IntOrString?
    public var nodePort: Int?

    public init(
        name: String? = nil, port: Int, targetPort: IntOrString? = nil, nodePort: Int? = nil
    ) {
        self.name = name
        self.port = port
        self.targetPort = targetPort
        self.nodePort = nodePort
    }
}

public enum ServiceType: String, KubeEnum {
    case clusterIP = "ClusterIP"
    case nodePort = "NodePort"
    case loadBalancer = "LoadBalancer"
    case externalName = "ExternalName"
}

public enum ServiceAffinity: String, KubeEnum {
    case clientIP = "ClientIP"
    case none = "None"
}

/// `externalTrafficPolicy` and `internalTrafficPolicy` take the same two values.
public enum ServiceTrafficPolicy: String, KubeEnum {
    case cluster = "Cluster"
    case local = "Local"
}

public struct ServiceStatus: Codable, Sendable, Hashable {
    public var loadBalancer: OpaqueValue?
    public var conditions: [Condition]?

    public init() {}
}
