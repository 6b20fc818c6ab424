extension Service {
    /// The node port range of a default API server (`--service-node-port-range`).
    public static let nodePortRange = 30000...32767

    /// Upstream `ValidateService` and the node port allocator's range check.
    public func validate() -> [FieldError] {
        var errors = CommonValidation.objectMeta(metadata, rule: .dns1035Label, namespaced: true)
        let type = spec.type ?? .clusterIP
        let ports = spec.ports ?? []
        if ports.isEmpty, !isHeadless, type != .externalName {
            errors.append(
                .required(
                    "spec.ports", "at least one port is required",
                    hint: "add a port, e.g. \"ports: [{port: 80, targetPort: 8080}]\""))
        }
        if type == .externalName, spec.externalName?.isEmpty ?? true {
            errors.append(.required("spec.externalName"))
        }
        if isHeadless, type != .clusterIP {
            errors.append(
                .invalid(
                    "spec.clusterIP", "None",
                    "may not be set to 'None' for \(type.rawValue) services"))
        }
        errors += validatePorts(ports, type: type)
        errors += CommonValidation.labels(spec.selector, path: "spec.selector")
        return errors
    }

    private func validatePorts(_ ports: [ServicePort], type: ServiceType) -> [FieldError] {
        var errors: [FieldError] = []
        var names: Set<String> = []
        for (index, port) in ports.enumerated() {
            let path = FieldPath("spec.ports").appending(index: index)
            let namePath = path.appending("name")
            if let name = port.name, !name.isEmpty {
                errors += NameRules.dns1123Label(name).map { .invalid(namePath, name, $0) }
                if !names.insert(name).inserted {
                    errors.append(.duplicate(namePath, name))
                }
            } else if ports.count > 1 {
                errors.append(
                    .required(
                        namePath, hint: "with more than one port, each needs a unique name"))
            }
            errors += CommonValidation.port(port.port, path.appending("port"))
            if let target = port.targetPort {
                errors += CommonValidation.portNumberOrName(target, path.appending("targetPort"))
            }
            if let nodePort = port.nodePort, nodePort != 0 {
                errors += validateNodePort(nodePort, type: type, path: path.appending("nodePort"))
            }
        }
        return errors
    }

    private func validateNodePort(_ nodePort: Int, type: ServiceType, path: FieldPath)
        -> [FieldError]
    {
        guard type == .nodePort || type == .loadBalancer else {
            return [
                .forbidden(
                    path, "may not be used when `type` is '\(type.rawValue)'",
                    hint: "set spec.type: NodePort to expose the service on every node")
            ]
        }
        guard Self.nodePortRange.contains(nodePort) else {
            return [
                .invalid(
                    path, String(nodePort),
                    "provided port is not in the valid range. The range of valid ports is "
                        + "30000-32767")
            ]
        }
        return []
    }
}
