import KubeModel

/// A host port a pod uses (pkg/scheduler/framework/types.go `HostPortInfo`): two uses conflict
/// when protocol and port match and the addresses overlap (`0.0.0.0` overlaps every address).
public struct HostPort: Sendable, Hashable {
    public var ip: String
    public var `protocol`: String
    public var port: Int

    func conflicts(with other: HostPort) -> Bool {
        guard port == other.port, `protocol` == other.protocol else { return false }
        return ip == other.ip || ip == Self.anyAddress || other.ip == Self.anyAddress
    }

    static let anyAddress = "0.0.0.0"

    /// The host ports of a pod's containers (upstream `GetContainerPorts` with hostPort set).
    static func of(_ spec: PodSpec) -> [HostPort] {
        var result: [HostPort] = []
        for container in spec.containers {
            for port in container.ports ?? [] {
                guard let hostPort = port.hostPort, hostPort > 0 else { continue }
                let ip = port.hostIP.flatMap { $0.isEmpty ? nil : $0 } ?? anyAddress
                result.append(
                    HostPort(
                        ip: ip, protocol: (port.protocol ?? .tcp).rawValue, port: hostPort))
            }
        }
        return result
    }
}
