/// A kubectl command that cannot be run, worded as kubectl words it (without `error: `).
public struct KubectlParseError: Error, Sendable, Hashable {
    public var message: String
    public var hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    static func unknownResource(_ name: String) -> KubectlParseError {
        KubectlParseError(
            "the server doesn't have a resource type \"\(name)\"",
            hint: "use a kind such as deployment, pod, service or statefulset")
    }
}
