/// The addresses behind a Service, maintained by the endpoints controller (`core/v1.Endpoints`).
public struct Endpoints: KubeObject {
    public static let kind = "Endpoints"
    public static let apiVersions = ["v1"]

    public var apiVersion: String
    public var kind: String
    public var metadata: ObjectMeta
    public var subsets: [EndpointSubset]?

    public init(metadata: ObjectMeta, subsets: [EndpointSubset]? = nil) {
        self.apiVersion = "v1"
        self.kind = Self.kind
        self.metadata = metadata
        self.subsets = subsets
    }
}

public struct EndpointSubset: Codable, Sendable, Hashable {
    public var addresses: [EndpointAddress]?
    public var notReadyAddresses: [EndpointAddress]?
    public var ports: [EndpointPort]?

    public init(
        addresses: [EndpointAddress]? = nil, notReadyAddresses: [EndpointAddress]? = nil,
        ports: [EndpointPort]? = nil
    ) {
        self.addresses = addresses
        self.notReadyAddresses = notReadyAddresses
        self.ports = ports
    }
}

public struct EndpointAddress: Codable, Sendable, Hashable {
    public var ip: String
    public var hostname: String?
    public var nodeName: String?
    public var targetRef: ObjectReference?

    public init(
        ip: String, hostname: String? = nil, nodeName: String? = nil,
        targetRef: ObjectReference? = nil
    ) {
        self.ip = ip
        self.hostname = hostname
        self.nodeName = nodeName
        self.targetRef = targetRef
    }
}

public struct EndpointPort: Codable, Sendable, Hashable {
    public var name: String?
    public var port: Int
    public var `protocol`: PortProtocol?
    public var appProtocol: String?

    public init(name: String? = nil, port: Int, protocol: PortProtocol? = nil) {
        self.name = name
        self.port = port
        self.protocol = `protocol`
    }
}
