import LabDiagnostics

extension CrossObjectChecks.Context {
    /// A Service whose selector matches no pod template sends traffic nowhere.
    func check(_ service: Service) -> [FieldError] {
        guard let labels = service.spec.selector, !labels.isEmpty else { return [] }
        let selector = LabelSelector(matchLabels: labels)
        guard !anyTemplate(in: namespace(of: service.metadata), matches: selector) else {
            return []
        }
        let described = CommonValidation.describe(labels)
        return [
            .warning(
                "spec.selector",
                "service \"\(service.metadata.name ?? "")\" selects no pods: no pod template "
                    + "among the manifests has the labels \"\(described)\"",
                hint: "make spec.selector equal to the pod template's metadata.labels")
        ]
    }

    /// A budget that matches no pods protects nothing.
    func check(_ budget: PodDisruptionBudget) -> [FieldError] {
        let name = budget.metadata.name ?? ""
        guard let selector = budget.spec?.selector else {
            return [
                .warning(
                    "spec.selector",
                    "pod disruption budget \"\(name)\" has no selector: it selects no pods",
                    hint: "add spec.selector.matchLabels with the labels of the pods to protect")
            ]
        }
        guard !anyTemplate(in: namespace(of: budget.metadata), matches: selector) else {
            return []
        }
        return [
            .warning(
                "spec.selector",
                "pod disruption budget \"\(name)\" selects no pods: no pod template among the "
                    + "manifests matches its selector",
                hint: "make spec.selector.matchLabels equal to the pod template's metadata.labels")
        ]
    }
}
