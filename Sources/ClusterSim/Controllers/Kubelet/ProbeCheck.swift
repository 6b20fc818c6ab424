import KubeModel

/// One probe against the simulated application (pkg/kubelet/prober/prober.go `runProbe`), with
/// the texts upstream's probers give.
///
/// The answer is immediate: `timeoutSeconds` matters only to an `exec` command that sleeps,
/// since a catalogue application either answers at once or refuses the connection.
///
/// - `httpGet`: refused until the app listens on the port; `404` for a path that is not one
///   of the profile's `healthPaths`; `503` when the app is unhealthy or its health answer is
///   `never`; else success.
/// - `tcpSocket`, `grpc`: success once the app listens on the port (grpc also needs health).
/// - `exec`: the command runs against the image's model (`ContainerCommand`): exit code 0 is
///   success, any other a failure with the command's output; a program the image lacks cannot
///   be started, which is a probe error, not a failure.
struct ProbeCheck {
    let runtime: PodRuntime
    /// The container whose probe this is.
    ///
    /// Its ports name ports and its image runs `exec`; the network is the pod's, so a
    /// connection reaches whichever container listens on the port.
    let subject: any ProbedContainer
    let now: VirtualTime

    init(runtime: PodRuntime, subject: (any ProbedContainer)? = nil, now: VirtualTime) {
        self.runtime = runtime
        self.subject = subject ?? runtime
        self.now = now
    }

    /// What one probe run gives.
    enum Answer: Equatable {
        case success
        /// `Readiness probe failed: <message>`: counts toward `failureThreshold`.
        case failure(String)
        /// `Readiness probe errored and resulted in unknown state: <message>`: upstream's
        /// worker throws the result away (worker.go `doProbe`), so the probe's state stays.
        case error(String)
    }

    func answer(to probe: Probe) -> Answer {
        let ip = runtime.podIP
        if let action = probe.httpGet {
            let port: Int
            switch resolve(action.port) {
            case .success(let number): port = number
            case .failure(let error): return .error(error.message)
            }
            let path = action.path ?? "/"
            switch httpAnswer(port: port, path: path) {
            case .refused:
                let scheme = (action.scheme ?? .http).rawValue.lowercased()
                let url = "\(scheme)://\(action.host ?? ip):\(port)\(path)"
                return .failure(
                    "Get \"\(url)\": dial tcp \(ip):\(port): connect: connection refused")
            case .status(let code) where code >= 400:
                return .failure("HTTP probe failed with statuscode: \(code)")
            case .status:
                return .success
            }
        }
        if let action = probe.tcpSocket {
            let port: Int
            switch resolve(action.port) {
            case .success(let number): port = number
            case .failure(let error): return .error(error.message)
            }
            return runtime.listener(on: port, at: now) != nil
                ? .success : .failure("dial tcp \(ip):\(port): connect: connection refused")
        }
        if let action = probe.grpc {
            let listener = runtime.listener(on: action.port, at: now)
            return listener.map(healthy) ?? false
                ? .success
                : .failure("timeout: failed to connect service \"\(ip):\(action.port)\" within 1s")
        }
        guard let command = probe.exec?.command else { return .success }
        return exec(command, timeout: Double(probe.timeoutSeconds ?? 1))
    }

    /// `exec`: the command against the image's programs and files (pkg/probe/exec/exec.go:
    /// exit 0 succeeds, another exit fails with the output, a start failure is an error).
    private func exec(_ command: [String], timeout: Double) -> Answer {
        let container = ContainerCommand(
            executables: Set(subject.profile?.executables ?? []),
            files: Set(subject.profile?.files ?? []).union(Self.kubeletFiles),
            podIP: runtime.podIP, timeout: timeout,
            request: httpAnswer)
        switch container.run(command) {
        case .exited(0, _):
            return .success
        case .exited(_, let output):
            return .failure(output)
        case .timedOut(let seconds):
            let quoted = command.joined(separator: " ")
            return .failure("command timed out: \"\(quoted)\" timed out after \(Int(seconds))s")
        case .notStarted(let reason):
            // containerd's wording for a process that could not start (ExecSync's error).
            return .error(
                "rpc error: code = Unknown desc = failed to exec in container: failed to start "
                    + "exec \"\(execID(command))\": OCI runtime exec failed: exec failed: unable "
                    + "to start container process: \(reason): unknown")
        case .unmodelled(let what):
            return .error(
                "LabKit's simulated runtime does not model \(what) (docs/simulation.md lists "
                    + "what exec probes can run)")
        }
    }

    /// The files the kubelet mounts into every container.
    static let kubeletFiles: Set<String> = ["/etc/hosts", "/etc/hostname", "/etc/resolv.conf"]

    /// What the application answers to `GET path` on `port`.
    private func httpAnswer(port: Int, path: String) -> ContainerCommand.HTTPAnswer {
        guard let listener = runtime.listener(on: port, at: now) else { return .refused }
        // A path a scenario broke answers 500 from the application (`breakPod`).
        if listener === runtime, runtime.brokenPaths.contains(Kubelet.pathOnly(path)) {
            return .status(500)
        }
        if listener.profile?.answersHealth(at: path) == false { return .status(404) }
        return .status(healthy(listener) ? 200 : 503)
    }

    /// The application's health (broken, past its liveness limit) or a companion's image's.
    private func healthy(_ listener: any ProbedContainer) -> Bool {
        let alive = listener === runtime ? runtime.isHealthy(at: now) : true
        return alive && listener.profile?.readiness != .never
    }

    private struct PortError: Error {
        let message: String
    }

    /// A number as is; a name looked up in the container's ports, else read as a number
    /// (pkg/probe/util.go `ResolveContainerPort`).
    private func resolve(_ value: IntOrString) -> Result<Int, PortError> {
        let port: Int
        switch value {
        case .int(let number):
            port = number
        case .string(let name):
            if let named = subject.container.ports?.first(where: { $0.name == name }) {
                port = named.containerPort
            } else if let number = Int(name) {
                port = number
            } else {
                return .failure(
                    PortError(message: "strconv.Atoi: parsing \"\(name)\": invalid syntax"))
            }
        }
        guard port > 0, port < 65536 else {
            return .failure(PortError(message: "invalid port number: \(port)"))
        }
        return .success(port)
    }

    /// containerd names each exec by a random 64-hex id; here it is derived from the pod, the
    /// command and the moment, so runs stay the same byte for byte.
    private func execID(_ command: [String]) -> String {
        var hash = FNV1a64()
        hash.write("\(runtime.uid) \(command.joined(separator: " ")) \(now.milliseconds)".utf8)
        let part = String(hash.value, radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - part.count)) + part
        return String(repeating: padded, count: 4)
    }
}
