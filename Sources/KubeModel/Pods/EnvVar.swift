/// An environment variable; `valueFrom` (config map, secret, field refs) is not modelled.
public struct EnvVar: Codable, Sendable, Hashable {
    public var name: String
    public var value: String?
    public var valueFrom: OpaqueValue?

    public init(name: String, value: String? = nil) {
        self.name = name
        self.value = value
    }
}

/// A source of many environment variables at once (`envFrom`).
public struct EnvFromSource: Codable, Sendable, Hashable {
    public var prefix: String?
    public var configMapRef: OpaqueValue?
    public var secretRef: OpaqueValue?
}
