/// A port a container exposes (`core/v1.ContainerPort`).
public struct ContainerPort: Codable, Sendable, Hashable {
    public var name: String?
    public var containerPort: Int
    public var hostPort: Int?
    public var hostIP: String?
    public var `protocol`: PortProtocol?

    public init(containerPort: Int, name: String? = nil, protocol: PortProtocol? = nil) {
        self.containerPort = containerPort
        self.name = name
        self.protocol = `protocol`
    }
}

public enum PortProtocol: String, KubeEnum {
    case tcp = "TCP"
    case udp = "UDP"
    case sctp = "SCTP"
}
