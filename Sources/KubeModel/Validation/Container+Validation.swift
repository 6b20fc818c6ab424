extension Container {
    /// Upstream `validateContainers` for one container: name, image, ports, probes, resources,
    /// volume mounts.
    func validate(at path: FieldPath, isInit: Bool, mountable: Set<String>) -> [FieldError] {
        var errors: [FieldError] = []
        let namePath = path.appending("name")
        if name.isEmpty {
            errors.append(.required(namePath))
        } else {
            errors += NameRules.dns1123Label(name).map { .invalid(namePath, name, $0) }
        }
        if image.allSatisfy(\.isWhitespace) {
            errors.append(
                .required(
                    path.appending("image"), hint: "set the image to run, e.g. \"nginx:1.27\""))
        }
        errors += validatePorts(at: path.appending("ports"))
        errors += validateProbes(at: path, isInit: isInit)
        errors += resources?.validate(at: path.appending("resources")) ?? []
        for (index, mount) in (volumeMounts ?? []).enumerated() {
            let mountPath = path.appending("volumeMounts").appending(index: index)
            if !mountable.contains(mount.name) {
                errors.append(
                    .notFound(
                        mountPath.appending("name"), mount.name,
                        hint: "declare a volume named \"\(mount.name)\" under spec.volumes "
                            + "(or a StatefulSet volumeClaimTemplate)"))
            }
            if mount.mountPath.isEmpty {
                errors.append(.required(mountPath.appending("mountPath")))
            }
        }
        return errors
    }

    private func validatePorts(at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        var names: Set<String> = []
        for (index, port) in (ports ?? []).enumerated() {
            let portPath = path.appending(index: index)
            errors += CommonValidation.port(port.containerPort, portPath.appending("containerPort"))
            if let hostPort = port.hostPort, hostPort != 0 {
                errors += CommonValidation.port(hostPort, portPath.appending("hostPort"))
            }
            if let name = port.name {
                let namePath = portPath.appending("name")
                errors += NameRules.portName(name).map { .invalid(namePath, name, $0) }
                if !names.insert(name).inserted {
                    errors.append(.duplicate(namePath, name))
                }
            }
        }
        return errors
    }

    private func validateProbes(at path: FieldPath, isInit: Bool) -> [FieldError] {
        var errors: [FieldError] = []
        let probes: [(String, Probe?)] = [
            ("livenessProbe", livenessProbe), ("readinessProbe", readinessProbe),
            ("startupProbe", startupProbe),
        ]
        for (field, probe) in probes {
            guard let probe else { continue }
            let probePath = path.appending(field)
            errors += probe.validate(at: probePath)
            // Upstream: liveness and startup probes must succeed once to count.
            if field != "readinessProbe", let threshold = probe.successThreshold, threshold != 1 {
                errors.append(
                    .invalid(
                        probePath.appending("successThreshold"), String(threshold), "must be 1"))
            }
        }
        if isInit, restartPolicy != .always {
            for (field, probe) in probes where probe != nil {
                errors.append(
                    .forbidden(
                        path.appending(field),
                        "may not be set for init containers without restartPolicy=Always"))
            }
        }
        return errors
    }
}
