/// A slice of the endpoints behind a Service, as the EndpointSlice controller writes them and
/// kube-proxy reads them (`discovery.k8s.io/v1.EndpointSlice`).
public struct EndpointSlice: KubeObject {
    public static let kind = "EndpointSlice"
    public static let apiVersions = ["discovery.k8s.io/v1"]

    public var apiVersion: String
    public var kind: String
    public var metadata: ObjectMeta
    /// `IPv4`, `IPv6` or `FQDN`.
    public var addressType: String
    public var endpoints: [SliceEndpoint]?
    public var ports: [EndpointSlicePort]?

    public init(
        metadata: ObjectMeta, addressType: String = "IPv4", endpoints: [SliceEndpoint]? = nil,
        ports: [EndpointSlicePort]? = nil
    ) {
        self.apiVersion = "discovery.k8s.io/v1"
        self.kind = Self.kind
        self.metadata = metadata
        self.addressType = addressType
        self.endpoints = endpoints
        self.ports = ports
    }

    /// The label naming the Service a slice belongs to.
    public static let serviceNameLabel = "kubernetes.io/service-name"
}

/// One backend: its addresses and whether it is ready, serving, terminating.
public struct SliceEndpoint: Codable, Sendable, Hashable {
    public var addresses: [String]
    public var conditions: EndpointConditions?
    public var hostname: String?
    public var nodeName: String?
    public var targetRef: ObjectReference?
    public var zone: String?

    public init(addresses: [String], conditions: EndpointConditions? = nil) {
        self.addresses = addresses
        self.conditions = conditions
    }
}

public struct EndpointConditions: Codable, Sendable, Hashable {
    public var ready: Bool?
    public var serving: Bool?
    public var terminating: Bool?

    public init(ready: Bool? = nil, serving: Bool? = nil, terminating: Bool? = nil) {
        self.ready = ready
        self.serving = serving
        self.terminating = terminating
    }
}

public struct EndpointSlicePort: Codable, Sendable, Hashable {
    public var name: String?
    public var port: Int?
    public var `protocol`: PortProtocol?
    public var appProtocol: String?

    public init(name: String? = nil, port: Int? = nil, protocol: PortProtocol? = nil) {
        self.name = name
        self.port = port
        self.protocol = `protocol`
    }
}

extension EndpointSlice {
    /// Upstream discovery/v1 defaults: a port's protocol is TCP.
    public mutating func applyDefaults() {
        metadata.applyDefaults(namespaced: true)
        ports = ports.map { ports in
            ports.map { port in
                var port = port
                if port.protocol == nil { port.protocol = .tcp }
                return port
            }
        }
    }

    /// Upstream `ValidateEndpointSlice`: an address type it knows.
    public func validate() -> [FieldError] {
        var errors = CommonValidation.objectMeta(
            metadata, rule: .dns1123Subdomain, namespaced: true)
        if !["IPv4", "IPv6", "FQDN"].contains(addressType) {
            errors.append(
                .unsupported("addressType", addressType, supported: ["IPv4", "IPv6", "FQDN"]))
        }
        return errors
    }
}
