/// A worker machine (`core/v1.Node`).
public struct Node: KubeObject {
    public static let kind = "Node"
    public static let apiVersions = ["v1"]

    public var apiVersion: String
    public var kind: String
    public var metadata: ObjectMeta
    public var spec: NodeSpec?
    public var status: NodeStatus?

    public init(metadata: ObjectMeta, spec: NodeSpec? = nil, status: NodeStatus? = nil) {
        self.apiVersion = "v1"
        self.kind = Self.kind
        self.metadata = metadata
        self.spec = spec
        self.status = status
    }
}

public struct NodeSpec: Codable, Sendable, Hashable {
    public var podCIDR: String?
    public var podCIDRs: [String]?
    public var providerID: String?
    public var unschedulable: Bool?
    public var taints: [Taint]?
    public var configSource: OpaqueValue?
    public var externalID: String?

    public init(unschedulable: Bool? = nil, taints: [Taint]? = nil) {
        self.unschedulable = unschedulable
        self.taints = taints
    }
}

public struct NodeStatus: Codable, Sendable, Hashable {
    public var capacity: [String: Quantity]?
    public var allocatable: [String: Quantity]?
    public var phase: String?
    public var conditions: [Condition]?
    public var addresses: [NodeAddress]?
    public var daemonEndpoints: OpaqueValue?
    public var nodeInfo: NodeSystemInfo?
    public var images: [OpaqueValue]?
    public var volumesInUse: [String]?
    public var volumesAttached: [OpaqueValue]?
    public var config: OpaqueValue?
    public var runtimeHandlers: [OpaqueValue]?
    public var features: OpaqueValue?

    public init(capacity: [String: Quantity]? = nil, allocatable: [String: Quantity]? = nil) {
        self.capacity = capacity
        self.allocatable = allocatable
    }
}

public struct NodeAddress: Codable, Sendable, Hashable {
    /// `InternalIP`, `ExternalIP`, `Hostname`, ...
    public var type: String
    public var address: String

    public init(type: String, address: String) {
        self.type = type
        self.address = address
    }
}

public struct NodeSystemInfo: Codable, Sendable, Hashable {
    public var machineID: String?
    public var systemUUID: String?
    public var bootID: String?
    public var kernelVersion: String?
    public var osImage: String?
    public var containerRuntimeVersion: String?
    public var kubeletVersion: String?
    public var kubeProxyVersion: String?
    public var operatingSystem: String?
    public var architecture: String?
    public var swap: OpaqueValue?

    public init(kubeletVersion: String? = nil) { self.kubeletVersion = kubeletVersion }
}
