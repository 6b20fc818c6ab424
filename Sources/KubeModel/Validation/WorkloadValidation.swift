/// Checks shared by Deployment, ReplicaSet, StatefulSet and DaemonSet (pkg/apis/apps/validation).
enum WorkloadValidation {
    static let selectorHint =
        "make spec.selector.matchLabels and spec.template.metadata.labels the same"

    /// Selector present and non-empty, matching the template labels; the template valid with
    /// `restartPolicy: Always`.
    static func selectorAndTemplate(
        selector: LabelSelector, template: PodTemplateSpec, kindName: String,
        claimTemplateNames: [String] = []
    ) -> [FieldError] {
        var errors: [FieldError] = []
        let selectorPath: FieldPath = "spec.selector"
        errors += CommonValidation.labelSelector(selector, selectorPath)
        if selector.isEmpty {
            errors.append(
                .invalid(
                    selectorPath, "{}", "empty selector is invalid for \(kindName)",
                    hint: "add spec.selector.matchLabels with the labels of the pod template"))
        } else if !selector.matches(template.labels) {
            errors.append(
                .invalid(
                    "spec.template.metadata.labels", CommonValidation.describe(template.labels),
                    "`selector` does not match template `labels`", hint: selectorHint))
        }
        errors += CommonValidation.labels(
            template.metadata?.labels, path: "spec.template.metadata.labels")
        guard let spec = template.spec else {
            errors.append(.required("spec.template.spec"))
            return errors
        }
        errors += spec.validate(at: "spec.template.spec", claimTemplateNames: claimTemplateNames)
        if let policy = spec.restartPolicy, policy != .always {
            errors.append(
                .unsupported(
                    "spec.template.spec.restartPolicy", policy.rawValue, supported: ["Always"]))
        }
        return errors
    }

    static func replicas(_ value: Int?) -> [FieldError] {
        CommonValidation.nonNegative(value, "spec.replicas")
    }

    /// `maxSurge`/`maxUnavailable` pair of Deployment and DaemonSet rolling updates.
    static func surgeAndUnavailable(
        maxSurge: IntOrString?, maxUnavailable: IntOrString?, path: FieldPath
    ) -> [FieldError] {
        var errors: [FieldError] = []
        errors += CommonValidation.intOrPercent(maxUnavailable, path.appending("maxUnavailable"))
        errors += CommonValidation.intOrPercent(maxSurge, path.appending("maxSurge"))
        if isZero(maxSurge), isZero(maxUnavailable) {
            errors.append(
                .invalid(
                    path.appending("maxUnavailable"), maxUnavailable?.description ?? "0",
                    "may not be 0 when `maxSurge` is 0",
                    hint: "allow at least one extra or one missing pod, or the rollout cannot move")
            )
        }
        return errors
    }

    private static func isZero(_ value: IntOrString?) -> Bool {
        switch value {
        case nil: true
        case .int(let number): number == 0
        case .string: value?.percent == 0
        }
    }
}
