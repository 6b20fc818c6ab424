extension Ingress {
    /// Upstream `ValidateIngressSpec`: rules or a default backend; each backend names a Service
    /// and one port; Prefix and Exact paths are absolute.
    public func validate() -> [FieldError] {
        var errors = CommonValidation.objectMeta(
            metadata, rule: .dns1123Subdomain, namespaced: true)
        let spec = spec ?? IngressSpec()
        if spec.rules?.isEmpty ?? true, spec.defaultBackend == nil {
            errors.append(
                .invalid("spec.rules", "[]", "either `defaultBackend` or `rules` must be specified")
            )
        }
        if let backend = spec.defaultBackend {
            errors += Self.validate(backend, at: "spec.defaultBackend")
        }
        for (index, rule) in (spec.rules ?? []).enumerated() {
            let rulePath = FieldPath("spec.rules").appending(index: index)
            for (pathIndex, httpPath) in (rule.http?.paths ?? []).enumerated() {
                let itemPath = rulePath.appending("http").appending("paths")
                    .appending(index: pathIndex)
                errors += Self.validate(httpPath, at: itemPath)
            }
        }
        return errors
    }

    private static func validate(_ httpPath: HTTPIngressPath, at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        if httpPath.pathType != .implementationSpecific {
            let text = httpPath.path ?? ""
            if !text.hasPrefix("/") {
                errors.append(.invalid(path.appending("path"), text, "must be an absolute path"))
            }
        }
        errors += validate(httpPath.backend, at: path.appending("backend"))
        return errors
    }

    private static func validate(_ backend: IngressBackend, at path: FieldPath) -> [FieldError] {
        guard let service = backend.service else {
            if backend.resource == nil {
                return [.invalid(path, "{}", "one backend must be specified")]
            }
            return []
        }
        var errors: [FieldError] = []
        let servicePath = path.appending("service")
        if service.name.isEmpty {
            errors.append(.required(servicePath.appending("name")))
        } else {
            errors += NameRules.dns1035Label(service.name).map {
                .invalid(servicePath.appending("name"), service.name, $0)
            }
        }
        let portPath = servicePath.appending("port")
        let name = service.port?.name ?? ""
        let number = service.port?.number ?? 0
        if name.isEmpty, number == 0 {
            errors.append(
                .required(
                    portPath, "port name or number is required",
                    hint: "add port: {number: 80} with the Service's port"))
        } else if !name.isEmpty, number != 0 {
            errors.append(
                .invalid(portPath, "\(name),\(number)", "cannot set both port name & port number"))
        } else if number != 0 {
            errors += CommonValidation.port(number, portPath.appending("number"))
        }
        return errors
    }
}
