/// One container of a pod (`core/v1.Container`).
public struct Container: Codable, Sendable, Hashable {
    public var name: String
    /// Required by the API server for app containers; optional only in the wire schema.
    public var image: String
    public var command: [String]?
    public var args: [String]?
    public var workingDir: String?
    public var ports: [ContainerPort]?
    public var envFrom: [EnvFromSource]?
    public var env: [EnvVar]?
    public var resources: ResourceRequirements?
    public var resizePolicy: [OpaqueValue]?
    /// `Always` makes an init container a sidecar.
    public var restartPolicy: ContainerRestartPolicy?
    public var volumeMounts: [VolumeMount]?
    public var volumeDevices: [OpaqueValue]?
    public var livenessProbe: Probe?
    public var readinessProbe: Probe?
    public var startupProbe: Probe?
    public var lifecycle: OpaqueValue?
    public var terminationMessagePath: String?
    public var terminationMessagePolicy: TerminationMessagePolicy?
    public var imagePullPolicy: PullPolicy?
    public var securityContext: OpaqueValue?
    public var stdin: Bool?
    public var stdinOnce: Bool?
    public var tty: Bool?

    public init(name: String, image: String) {
        self.name = name
        self.image = image
    }
}

public enum PullPolicy: String, KubeEnum {
    case always = "Always"
    case never = "Never"
    case ifNotPresent = "IfNotPresent"
}

extension Container {
    /// An init container with `restartPolicy: Always` (a sidecar, KEP-753).
    public var isSidecar: Bool { restartPolicy == .always }
}

public enum ContainerRestartPolicy: String, KubeEnum {
    case always = "Always"
}

public enum TerminationMessagePolicy: String, KubeEnum {
    case file = "File"
    case fallbackToLogsOnError = "FallbackToLogsOnError"
}
