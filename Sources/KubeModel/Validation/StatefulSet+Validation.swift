extension StatefulSet {
    /// Upstream `ValidateStatefulSetSpec`.
    ///
    /// Since Kubernetes 1.33 `serviceName` is optional
    /// (kubernetes/kubernetes#130233) but, when set, must be a DNS-1123 label.
    public func validate() -> [FieldError] {
        var errors = CommonValidation.objectMeta(
            metadata, rule: .dns1123Subdomain, namespaced: true)
        errors += WorkloadValidation.replicas(spec.replicas)
        errors += Self.validateServiceName(spec)
        let claimNames = (spec.volumeClaimTemplates ?? []).compactMap(\.metadata.name)
        errors += WorkloadValidation.selectorAndTemplate(
            selector: spec.selector, template: spec.template, kindName: "statefulset",
            claimTemplateNames: claimNames)
        errors += Self.validateClaimTemplates(spec)
        errors += Self.validateUpdateStrategy(spec)
        errors += CommonValidation.nonNegative(spec.minReadySeconds, "spec.minReadySeconds")
        errors += CommonValidation.nonNegative(
            spec.revisionHistoryLimit, "spec.revisionHistoryLimit")
        errors += CommonValidation.nonNegative(spec.ordinals?.start, "spec.ordinals.start")
        return errors
    }

    private static func validateServiceName(_ spec: StatefulSetSpec) -> [FieldError] {
        guard let name = spec.serviceName, !name.isEmpty else {
            return [
                .warning(
                    "spec.serviceName",
                    "no \"spec.serviceName\": the pods get no stable DNS names such as "
                        + "\"<pod>.<service>\"",
                    hint: "create a headless Service (clusterIP: None) and name it in "
                        + "spec.serviceName")
            ]
        }
        return NameRules.dns1123Label(name).map { .invalid("spec.serviceName", name, $0) }
    }

    private static func validateClaimTemplates(_ spec: StatefulSetSpec) -> [FieldError] {
        var errors: [FieldError] = []
        var names: Set<String> = []
        for (index, template) in (spec.volumeClaimTemplates ?? []).enumerated() {
            let path = FieldPath("spec.volumeClaimTemplates").appending(index: index)
            let namePath = path.appending("metadata").appending("name")
            if let name = template.metadata.name, !name.isEmpty {
                errors += NameRules.dns1123Subdomain(name).map { .invalid(namePath, name, $0) }
                if !names.insert(name).inserted {
                    errors.append(.duplicate(namePath, name))
                }
            } else {
                errors.append(.required(namePath))
            }
            errors += template.spec.validate(at: path.appending("spec"))
        }
        return errors
    }

    private static func validateUpdateStrategy(_ spec: StatefulSetSpec) -> [FieldError] {
        guard let strategy = spec.updateStrategy, let rolling = strategy.rollingUpdate else {
            return []
        }
        let path: FieldPath = "spec.updateStrategy.rollingUpdate"
        if strategy.type == .onDelete {
            return [.forbidden(path, "only allowed for updateStrategy 'RollingUpdate'")]
        }
        var errors = CommonValidation.nonNegative(rolling.partition, path.appending("partition"))
        errors += CommonValidation.intOrPercent(
            rolling.maxUnavailable, path.appending("maxUnavailable"))
        if rolling.maxUnavailable == .int(0) || rolling.maxUnavailable?.percent == 0 {
            errors.append(
                .invalid(
                    path.appending("maxUnavailable"), rolling.maxUnavailable?.description ?? "0",
                    "must be greater than 0"))
        }
        return errors
    }
}
