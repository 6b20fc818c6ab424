import KubeModel

/// A probe as `kubectl describe` prints it (describe.go `DescribeProbe`):
/// `http-get http://:8080/ready delay=0s timeout=1s period=5s #success=1 #failure=3`.
enum ProbeText {
    static func describe(_ probe: Probe) -> String {
        let attributes =
            "delay=\(probe.initialDelaySeconds ?? 0)s timeout=\(probe.timeoutSeconds ?? 1)s "
            + "period=\(probe.periodSeconds ?? 10)s #success=\(probe.successThreshold ?? 1) "
            + "#failure=\(probe.failureThreshold ?? 3)"
        if let exec = probe.exec {
            return "exec [\((exec.command ?? []).joined(separator: " "))] \(attributes)"
        }
        if let action = probe.httpGet {
            let scheme = (action.scheme ?? .http).rawValue.lowercased()
            return "http-get \(scheme)://\(action.host ?? ""):\(action.port)\(action.path ?? "") "
                + attributes
        }
        if let action = probe.tcpSocket {
            return "tcp-socket \(action.host ?? ""):\(action.port) \(attributes)"
        }
        if let action = probe.grpc {
            return "grpc <pod>:\(action.port) \(action.service ?? "") \(attributes)"
        }
        return "unknown \(attributes)"
    }
}
