/// A liveness, readiness or startup check (`core/v1.Probe`).
public struct Probe: Codable, Sendable, Hashable {
    public var exec: ExecAction?
    public var httpGet: HTTPGetAction?
    public var tcpSocket: TCPSocketAction?
    public var grpc: GRPCAction?
    public var initialDelaySeconds: Int?
    public var timeoutSeconds: Int?
    public var periodSeconds: Int?
    public var successThreshold: Int?
    public var failureThreshold: Int?
    public var terminationGracePeriodSeconds: Int?

    public init(
        exec: ExecAction? = nil, httpGet: HTTPGetAction? = nil, tcpSocket: TCPSocketAction? = nil,
        grpc: GRPCAction? = nil
    ) {
        self.exec = exec
        self.httpGet = httpGet
        self.tcpSocket = tcpSocket
        self.grpc = grpc
    }

    /// How many of the four handler kinds are set (upstream requires exactly one).
    public var handlerCount: Int {
        [exec != nil, httpGet != nil, tcpSocket != nil, grpc != nil].filter { $0 }.count
    }
}

public struct ExecAction: Codable, Sendable, Hashable {
    public var command: [String]?

    public init(command: [String]? = nil) { self.command = command }
}

public struct HTTPGetAction: Codable, Sendable, Hashable {
    public var path: String?
    public var port: IntOrString
    public var host: String?
    public var scheme: URIScheme?
    public var httpHeaders: [HTTPHeader]?

    public init(path: String? = nil, port: IntOrString) {
        self.path = path
        self.port = port
    }
}

public struct HTTPHeader: Codable, Sendable, Hashable {
    public var name: String
    public var value: String
}

public enum URIScheme: String, KubeEnum {
    case http = "HTTP"
    case https = "HTTPS"
}

public struct TCPSocketAction: Codable, Sendable, Hashable {
    public var port: IntOrString
    public var host: String?

    public init(port: IntOrString) { self.port = port }
}

public struct GRPCAction: Codable, Sendable, Hashable {
    public var port: Int
    public var service: String?

    public init(port: Int) { self.port = port }
}
