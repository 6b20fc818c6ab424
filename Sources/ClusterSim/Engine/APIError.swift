/// A refusal from the simulated API server, with upstream's status code and wording.
public struct APIError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: String, Sendable {
        case notFound = "NotFound"
        case alreadyExists = "AlreadyExists"
        case invalid = "Invalid"
        case conflict = "Conflict"
        case tooManyRequests = "TooManyRequests"
        case internalError = "InternalError"
        case forbidden = "Forbidden"
    }

    public var code: Int
    public var reason: Reason
    public var message: String

    public init(code: Int, reason: Reason, message: String) {
        self.code = code
        self.reason = reason
        self.message = message
    }

    /// Words it as kubectl shows it: `pods "web-0" not found`.
    public static func notFound(_ resource: String, _ name: String) -> APIError {
        APIError(code: 404, reason: .notFound, message: "\(resource) \"\(name)\" not found")
    }

    /// Words it as kubectl shows it: `pods "web-0" already exists`.
    public static func alreadyExists(_ resource: String, _ name: String) -> APIError {
        APIError(
            code: 409, reason: .alreadyExists, message: "\(resource) \"\(name)\" already exists")
    }

    /// How kubectl prints it when that is not `Error from server (...)`: a field validation
    /// error reads `The Service "web" is invalid: ...`.
    public var kubectlText: String?

    /// `Error from server (NotFound): pods "x" not found`, or `kubectlText`.
    public var description: String {
        kubectlText ?? "Error from server (\(reason.rawValue)): \(message)"
    }
}
