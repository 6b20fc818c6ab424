extension PodSpec {
    /// Upstream `ValidatePodSpec`, the parts a student can get wrong.
    ///
    /// `claimTemplateNames` are
    /// the StatefulSet `volumeClaimTemplates`, which containers may mount like volumes.
    func validate(at path: FieldPath, claimTemplateNames: [String] = []) -> [FieldError] {
        var errors: [FieldError] = []
        let volumeNames = validateVolumes(at: path.appending("volumes"), into: &errors)
        if containers.isEmpty {
            errors.append(
                .required(path.appending("containers"), "must have at least one container"))
        }
        var seenNames: Set<String> = []
        let groups: [(String, [Container])] = [
            ("initContainers", initContainers ?? []), ("containers", containers),
        ]
        for (field, list) in groups {
            for (index, container) in list.enumerated() {
                let containerPath = path.appending(field).appending(index: index)
                if !container.name.isEmpty, !seenNames.insert(container.name).inserted {
                    errors.append(
                        .duplicate(
                            containerPath.appending("name"), container.name,
                            hint: "every container in a pod needs its own name"))
                }
                errors += container.validate(
                    at: containerPath, isInit: field == "initContainers",
                    mountable: volumeNames.union(claimTemplateNames))
            }
        }
        errors += validateScheduling(at: path)
        errors += CommonValidation.nonNegative(
            terminationGracePeriodSeconds, path.appending("terminationGracePeriodSeconds"))
        return errors
    }

    /// Volume names must be unique labels with exactly one source; returns the names.
    private func validateVolumes(at path: FieldPath, into errors: inout [FieldError]) -> Set<String>
    {
        var names: Set<String> = []
        for (index, volume) in (volumes ?? []).enumerated() {
            let volumePath = path.appending(index: index)
            let namePath = volumePath.appending("name")
            if volume.name.isEmpty {
                errors.append(.required(namePath))
            } else {
                errors += NameRules.dns1123Label(volume.name).map {
                    .invalid(namePath, volume.name, $0)
                }
                if !names.insert(volume.name).inserted {
                    errors.append(.duplicate(namePath, volume.name))
                }
            }
            if !volume.hasSource {
                errors.append(.required(volumePath, "must specify a volume type"))
            }
            if let claim = volume.persistentVolumeClaim, claim.claimName.isEmpty {
                errors.append(.required(volumePath.appending("persistentVolumeClaim.claimName")))
            }
        }
        return names
    }

    private func validateScheduling(at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        errors += CommonValidation.labels(nodeSelector, path: path.appending("nodeSelector"))
        for (index, toleration) in (tolerations ?? []).enumerated() {
            let itemPath = path.appending("tolerations").appending(index: index)
            if toleration.operator == .exists, let value = toleration.value, !value.isEmpty {
                errors.append(
                    .invalid(
                        itemPath.appending("operator"), "Exists",
                        "value must be empty when `operator` is 'Exists'"))
            }
            if (toleration.key ?? "").isEmpty, toleration.operator != .exists {
                errors.append(
                    .invalid(
                        itemPath.appending("operator"), toleration.operator?.rawValue ?? "",
                        "operator must be Exists when `key` is empty, which means \"match all "
                            + "values and all keys\""))
            }
        }
        for (index, constraint) in (topologySpreadConstraints ?? []).enumerated() {
            let itemPath = path.appending("topologySpreadConstraints").appending(index: index)
            if constraint.maxSkew <= 0 {
                errors.append(
                    .invalid(
                        itemPath.appending("maxSkew"), String(constraint.maxSkew),
                        "must be greater than zero"))
            }
            if constraint.topologyKey.isEmpty {
                errors.append(.required(itemPath.appending("topologyKey"), "can not be empty"))
            }
            errors += CommonValidation.labelSelector(
                constraint.labelSelector, itemPath.appending("labelSelector"))
        }
        errors += affinity?.validate(at: path.appending("affinity")) ?? []
        return errors
    }
}
