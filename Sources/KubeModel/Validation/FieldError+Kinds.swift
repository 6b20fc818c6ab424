import LabDiagnostics

/// The remaining upstream `field.Error` kinds, worded like the helpers in FieldError.swift.
extension FieldError {
    /// `missing required field "spec.ports": at least one port is required` (upstream Required
    /// with a detail).
    static func required(_ path: FieldPath, _ detail: String, hint: String? = nil) -> FieldError {
        FieldError(.error, path, "missing required field \"\(path)\": \(detail)", hint: hint)
    }

    /// Words it like upstream: `forbidden field "spec.strategy.rollingUpdate": may not be specified when ...`.
    static func forbidden(_ path: FieldPath, _ detail: String, hint: String? = nil) -> FieldError {
        FieldError(.error, path, "forbidden field \"\(path)\": \(detail)", hint: hint)
    }

    /// Words it like upstream: `duplicate value "web" for "spec.containers[1].name"`.
    static func duplicate(_ path: FieldPath, _ value: String, hint: String? = nil) -> FieldError {
        FieldError(.error, path, "duplicate value \"\(value)\" for \"\(path)\"", hint: hint)
    }

    /// `value "data" for "...volumeMounts[0].name" not found` (upstream NotFound).
    static func notFound(_ path: FieldPath, _ value: String, hint: String? = nil) -> FieldError {
        FieldError(.error, path, "value \"\(value)\" for \"\(path)\" not found", hint: hint)
    }

    static func warning(_ path: FieldPath, _ message: String, hint: String? = nil) -> FieldError {
        FieldError(.warning, path, message, hint: hint)
    }
}
