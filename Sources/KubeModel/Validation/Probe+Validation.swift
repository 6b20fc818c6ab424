extension Probe {
    /// Upstream `validateProbe` and `validateHandler`: exactly one handler, non-negative numbers.
    func validate(at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        let handlers: [(String, Bool)] = [
            ("exec", exec != nil), ("httpGet", httpGet != nil), ("tcpSocket", tcpSocket != nil),
            ("grpc", grpc != nil),
        ]
        let present = handlers.filter(\.1).map(\.0)
        if present.isEmpty {
            errors.append(
                .required(
                    path, "must specify a handler type",
                    hint: "add one of httpGet, tcpSocket, exec or grpc to the probe"))
        }
        for extra in present.dropFirst() {
            errors.append(
                .forbidden(path.appending(extra), "may not specify more than 1 handler type"))
        }
        let numbers: [(String, Int?)] = [
            ("initialDelaySeconds", initialDelaySeconds), ("timeoutSeconds", timeoutSeconds),
            ("periodSeconds", periodSeconds), ("successThreshold", successThreshold),
            ("failureThreshold", failureThreshold),
        ]
        for (field, value) in numbers {
            errors += CommonValidation.nonNegative(value, path.appending(field))
        }
        if let grace = terminationGracePeriodSeconds, grace <= 0 {
            errors.append(
                .invalid(
                    path.appending("terminationGracePeriodSeconds"), String(grace),
                    "must be greater than 0"))
        }
        if let httpGet {
            errors += CommonValidation.portNumberOrName(
                httpGet.port, path.appending("httpGet").appending("port"))
        }
        if let tcpSocket {
            errors += CommonValidation.portNumberOrName(
                tcpSocket.port, path.appending("tcpSocket").appending("port"))
        }
        if let grpc {
            errors += CommonValidation.port(grpc.port, path.appending("grpc").appending("port"))
        }
        if let exec, exec.command?.isEmpty ?? true {
            errors.append(.required(path.appending("exec").appending("command")))
        }
        return errors
    }
}
