extension Affinity {
    /// Upstream `validateAffinity`: topology keys required, selectors well formed, weights 1–100.
    func validate(at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        if let node = nodeAffinity {
            let nodePath = path.appending("nodeAffinity")
            if let required = node.requiredDuringSchedulingIgnoredDuringExecution,
                required.nodeSelectorTerms.isEmpty
            {
                errors.append(
                    .required(
                        nodePath.appending("requiredDuringSchedulingIgnoredDuringExecution")
                            .appending("nodeSelectorTerms"),
                        "must have at least one node selector term"))
            }
            for (index, term) in (node.preferredDuringSchedulingIgnoredDuringExecution ?? [])
                .enumerated()
            {
                errors += weight(
                    term.weight,
                    nodePath.appending("preferredDuringSchedulingIgnoredDuringExecution")
                        .appending(index: index).appending("weight"))
            }
        }
        errors += Self.validate(podAffinity, at: path.appending("podAffinity"))
        errors += Self.validate(podAntiAffinity, at: path.appending("podAntiAffinity"))
        return errors
    }

    private static func validate(_ affinity: PodAffinity?, at path: FieldPath) -> [FieldError] {
        guard let affinity else { return [] }
        var errors: [FieldError] = []
        let requiredPath = path.appending("requiredDuringSchedulingIgnoredDuringExecution")
        for (index, term) in (affinity.requiredDuringSchedulingIgnoredDuringExecution ?? [])
            .enumerated()
        {
            errors += term.validate(at: requiredPath.appending(index: index))
        }
        let preferredPath = path.appending("preferredDuringSchedulingIgnoredDuringExecution")
        for (index, weighted) in (affinity.preferredDuringSchedulingIgnoredDuringExecution ?? [])
            .enumerated()
        {
            let itemPath = preferredPath.appending(index: index)
            errors += weight(weighted.weight, itemPath.appending("weight"))
            errors += weighted.podAffinityTerm.validate(at: itemPath.appending("podAffinityTerm"))
        }
        return errors
    }

    private static func weight(_ value: Int, _ path: FieldPath) -> [FieldError] {
        (1...100).contains(value)
            ? [] : [.invalid(path, String(value), "must be in the range 1-100")]
    }

    private func weight(_ value: Int, _ path: FieldPath) -> [FieldError] {
        Self.weight(value, path)
    }
}

extension PodAffinityTerm {
    func validate(at path: FieldPath) -> [FieldError] {
        var errors = CommonValidation.labelSelector(labelSelector, path.appending("labelSelector"))
        if topologyKey.isEmpty {
            errors.append(.required(path.appending("topologyKey"), "can not be empty"))
        } else {
            errors += NameRules.qualifiedName(topologyKey).map {
                .invalid(path.appending("topologyKey"), topologyKey, $0)
            }
        }
        return errors
    }
}
