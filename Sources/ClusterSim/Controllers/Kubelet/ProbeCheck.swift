import KubeModel

/// One probe against the simulated application (pkg/kubelet/prober/prober.go `runProbe`), with
/// the failure text upstream's probers give.
///
/// The answer is immediate: `timeoutSeconds` is not
/// modelled, since a catalogue application either answers at once or refuses the connection.
///
/// - `httpGet`: refused until the app listens on the port; `404` for a path that is not one
///   of the profile's `healthPaths`; `503` when the app is unhealthy or its health answer is
///   `never`; else success.
/// - `tcpSocket`, `grpc`: success once the app listens on the port (grpc also needs health).
/// - `exec`: commands are not run; success while the process runs and is healthy.
struct ProbeCheck {
    let runtime: PodRuntime
    let now: VirtualTime

    /// nil for success, else the failure message.
    func failure(of probe: Probe) -> String? {
        let ip = runtime.podIP
        if let action = probe.httpGet {
            guard let port = port(action.port) else { return unknownPort(action.port) }
            let path = action.path ?? "/"
            guard runtime.listens(on: port, at: now) else {
                let scheme = (action.scheme ?? .http).rawValue.lowercased()
                let url = "\(scheme)://\(action.host ?? ip):\(port)\(path)"
                return "Get \"\(url)\": dial tcp \(ip):\(port): connect: connection refused"
            }
            if runtime.profile?.answersHealth(at: path) == false {
                return "HTTP probe failed with statuscode: 404"
            }
            return healthy ? nil : "HTTP probe failed with statuscode: 503"
        }
        if let action = probe.tcpSocket {
            guard let port = port(action.port) else { return unknownPort(action.port) }
            return runtime.listens(on: port, at: now)
                ? nil : "dial tcp \(ip):\(port): connect: connection refused"
        }
        if let action = probe.grpc {
            return runtime.listens(on: action.port, at: now) && healthy
                ? nil
                : "timeout: failed to connect service \"\(ip):\(action.port)\" within 1s"
        }
        return runtime.stage == .running && healthy
            ? nil : "command terminated with non-zero exit code: 1"
    }

    private var healthy: Bool {
        runtime.isHealthy(at: now) && runtime.profile?.readiness != .never
    }

    /// A number as is; a name looked up in the container's ports (`FindPort`).
    private func port(_ value: IntOrString) -> Int? {
        switch value {
        case .int(let number): number
        case .string(let name):
            runtime.container.ports?.first { $0.name == name }?.containerPort
        }
    }

    private func unknownPort(_ value: IntOrString) -> String {
        "couldn't find port: \(value) in \(runtime.container.name)"
    }
}
