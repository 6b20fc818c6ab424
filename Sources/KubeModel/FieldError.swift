public import LabDiagnostics

/// A problem with one field of an object, found by validation or by a cross-object check.
///
/// It carries a field path rather than a source location: the loader maps the path back to the
/// line and column in the manifest.
public struct FieldError: Sendable, Hashable {
    public var severity: Diagnostic.Severity
    public var path: FieldPath
    public var message: String
    public var hint: String?

    public init(
        _ severity: Diagnostic.Severity = .error,
        _ path: FieldPath,
        _ message: String,
        hint: String? = nil
    ) {
        self.severity = severity
        self.path = path
        self.message = message
        self.hint = hint
    }

    /// Words it like upstream: `missing required field "spec.serviceName"`.
    public static func required(_ path: FieldPath, hint: String? = nil) -> FieldError {
        FieldError(.error, path, "missing required field \"\(path)\"", hint: hint)
    }

    /// Words it like upstream: `invalid value "-1" for "spec.replicas": must be greater than or equal to 0`.
    public static func invalid(
        _ path: FieldPath,
        _ value: String,
        _ reason: String,
        hint: String? = nil
    ) -> FieldError {
        FieldError(
            .error, path, "invalid value \"\(value)\" for \"\(path)\": \(reason)", hint: hint)
    }

    /// Words it like upstream: `unsupported value "always" for "spec...imagePullPolicy": supported values: "Always", ...`.
    public static func unsupported(
        _ path: FieldPath,
        _ value: String,
        supported: [String],
        hint: String? = nil
    ) -> FieldError {
        let list = supported.map { "\"\($0)\"" }.joined(separator: ", ")
        return FieldError(
            .error, path,
            "unsupported value \"\(value)\" for \"\(path)\": supported values: \(list)",
            hint: hint)
    }
}
