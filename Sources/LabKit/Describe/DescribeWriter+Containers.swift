import ClusterSim
import KubeModel

/// The containers section of `kubectl describe` (describe.go `describeContainers`), for a pod
/// (with its container statuses) and for a pod template (without).
extension DescribeWriter {
    /// The identity a pod's runtime reports, known only for a pod, not for a template.
    struct RuntimeView {
        let podUID: String
        let statuses: [String: ContainerStatus]
        /// The service account token volume the API server mounts into every container.
        let tokenVolume: String?
    }

    mutating func containers(
        _ label: String, _ containers: [Container], runtime: RuntimeView?, space: String
    ) {
        write(0, "\(space)\(label):\(containers.isEmpty ? " <none>" : "")\n")
        for container in containers {
            let status = runtime?.statuses[container.name]
            write(1, "\(space.isEmpty ? "" : " ")\(container.name):\n")
            if let status, let runtime {
                write(2, "Container ID:\t\(containerID(status, podUID: runtime.podUID))\n")
            }
            write(2, "Image:\t\(container.image)\n")
            if let status {
                write(2, "Image ID:\t\(ran(status) ? PodIdentifiers.imageID(status.image) : "")\n")
            }
            ports(container.ports ?? [])
            command(container)
            if let status { state(status) }
            resources(container.resources)
            probes(container)
            environment(container.env ?? [])
            mounts(container.volumeMounts ?? [], token: runtime?.tokenVolume)
        }
    }

    /// A container that has run has an ID; one still waiting for its first start has none.
    private func ran(_ status: ContainerStatus) -> Bool {
        status.state?.running != nil || status.state?.terminated != nil
            || status.lastState?.terminated != nil
    }

    private func containerID(_ status: ContainerStatus, podUID: String) -> String {
        guard ran(status) else { return "" }
        return PodIdentifiers.containerID(
            podUID: podUID, container: status.name, restarts: status.restartCount)
    }

    private mutating func ports(_ ports: [ContainerPort]) {
        func listed(_ number: (ContainerPort) -> Int) -> String {
            ports.map { "\(number($0))/\(($0.protocol ?? .tcp).rawValue)" }
                .joined(separator: ", ")
        }
        let container = listed(\.containerPort)
        let host = listed { $0.hostPort ?? 0 }
        write(2, container.contains(",") ? "Ports:\t\(container)\n" : "Port:\t\(or(container))\n")
        write(2, host.contains(",") ? "Host Ports:\t\(host)\n" : "Host Port:\t\(or(host))\n")
    }

    private mutating func command(_ container: Container) {
        for (title, words) in [("Command", container.command), ("Args", container.args)] {
            guard let words, !words.isEmpty else { continue }
            write(2, "\(title):\n")
            for word in words {
                for line in word.split(separator: "\n", omittingEmptySubsequences: false) {
                    write(3, "\(line)\n")
                }
            }
        }
    }

    private mutating func state(_ status: ContainerStatus) {
        containerState("State", status.state)
        if let last = status.lastState, last.terminated != nil {
            containerState("Last State", last)
        }
        write(2, "Ready:\t\(status.ready ? "True" : "False")\n")
        write(2, "Restart Count:\t\(status.restartCount)\n")
    }

    /// `describeStatus`.
    private mutating func containerState(_ title: String, _ state: ContainerState?) {
        if let running = state?.running {
            write(2, "\(title):\tRunning\n")
            write(3, "Started:\t\(time(running.startedAt))\n")
        } else if let terminated = state?.terminated {
            write(2, "\(title):\tTerminated\n")
            if let reason = terminated.reason, !reason.isEmpty { write(3, "Reason:\t\(reason)\n") }
            if let message = terminated.message, !message.isEmpty {
                write(3, "Message:\t\(message)\n")
            }
            write(3, "Exit Code:\t\(terminated.exitCode)\n")
            if let signal = terminated.signal, signal > 0 { write(3, "Signal:\t\(signal)\n") }
            write(3, "Started:\t\(time(terminated.startedAt))\n")
            write(3, "Finished:\t\(time(terminated.finishedAt))\n")
        } else {
            write(2, "\(title):\tWaiting\n")
            if let reason = state?.waiting?.reason, !reason.isEmpty {
                write(3, "Reason:\t\(reason)\n")
            }
        }
    }

    private mutating func resources(_ resources: ResourceRequirements?) {
        for (title, amounts) in [("Limits", resources?.limits), ("Requests", resources?.requests)] {
            guard let amounts, !amounts.isEmpty else { continue }
            write(2, "\(title):\n")
            for name in amounts.keys.sorted() {
                write(3, "\(name):\t\(amounts[name]?.description ?? "")\n")
            }
        }
    }

    private mutating func probes(_ container: Container) {
        let probes = [
            ("Liveness", container.livenessProbe), ("Readiness", container.readinessProbe),
            ("Startup", container.startupProbe),
        ]
        for case let (title, probe?) in probes {
            write(2, "\(title):\t\(ProbeText.describe(probe))\n")
        }
    }

    private mutating func environment(_ variables: [EnvVar]) {
        write(2, variables.isEmpty ? "Environment:\t<none>\n" : "Environment:\n")
        for variable in variables {
            if let value = variable.value {
                for (index, line) in value.split(separator: "\n", omittingEmptySubsequences: false)
                    .enumerated()
                {
                    write(3, index == 0 ? "\(variable.name):\t\(line)\n" : "\t\(line)\n")
                }
            } else {
                write(3, "\(variable.name):\t\(source(of: variable.valueFrom))\n")
            }
        }
    }

    /// `valueFrom`: where the value comes from (a field's value is not resolved).
    private func source(of valueFrom: OpaqueValue?) -> String {
        guard case .object(let source)? = valueFrom else { return "" }
        func field(_ reference: String, _ name: String) -> String {
            guard case .object(let fields)? = source[reference],
                case .string(let value)? = fields[name]
            else { return "" }
            return value
        }
        func optional(_ reference: String) -> Bool {
            guard case .object(let fields)? = source[reference],
                case .bool(let value)? = fields["optional"]
            else { return false }
            return value
        }
        if source["fieldRef"] != nil {
            let version = field("fieldRef", "apiVersion")
            return " (\(version.isEmpty ? "v1" : version):\(field("fieldRef", "fieldPath")))"
        }
        if source["resourceFieldRef"] != nil {
            return " (\(field("resourceFieldRef", "resource")))"
        }
        if source["secretKeyRef"] != nil {
            return "<set to the key '\(field("secretKeyRef", "key"))' in secret "
                + "'\(field("secretKeyRef", "name"))'>\tOptional: \(optional("secretKeyRef"))"
        }
        if source["configMapKeyRef"] != nil {
            return "<set to the key '\(field("configMapKeyRef", "key"))' of config map "
                + "'\(field("configMapKeyRef", "name"))'>\tOptional: \(optional("configMapKeyRef"))"
        }
        return ""
    }

    /// Mounts by path; a pod's containers also have the service account token's.
    private mutating func mounts(_ mounts: [VolumeMount], token: String?) {
        var lines = mounts.map { mount in
            var flags = [mount.readOnly == true ? "ro" : "rw"]
            if let subPath = mount.subPath, !subPath.isEmpty { flags.append("path=\"\(subPath)\"") }
            return (
                mount.mountPath,
                "\(mount.mountPath) from \(mount.name) (\(flags.joined(separator: ",")))"
            )
        }
        if let token {
            let path = "/var/run/secrets/kubernetes.io/serviceaccount"
            lines.append((path, "\(path) from \(token) (ro)"))
        }
        write(2, lines.isEmpty ? "Mounts:\t<none>\n" : "Mounts:\n")
        for line in lines.sorted(by: { $0.0 < $1.0 }) { write(3, line.1 + "\n") }
    }

    private func or(_ text: String) -> String { text.isEmpty ? "<none>" : text }

    /// kubectl's `translateTimestampSince`: `<invalid>` for a deadline still ahead.
    func since(_ timestamp: String, in cluster: Cluster) -> String {
        guard let time = VirtualTime(timestamp: timestamp) else { return "<unknown>" }
        return KubectlTable.humanDuration(seconds: Int((cluster.now - time).milliseconds / 1000))
    }

    /// A stored RFC 3339 time as describe prints it (`Thu, 01 Jan 2026 00:00:10 +0000`).
    func time(_ timestamp: String?) -> String {
        guard let timestamp, let time = VirtualTime(timestamp: timestamp) else { return "" }
        return time.rfc1123
    }
}
