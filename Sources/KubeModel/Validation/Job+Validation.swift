import LabDiagnostics

extension Job {
    /// Upstream `ValidateJob` (pkg/apis/batch/validation): counts not negative, a template
    /// whose `restartPolicy` is OnFailure or Never.
    public func validate() -> [FieldError] {
        var errors = CommonValidation.objectMeta(
            metadata, rule: .dns1123Subdomain, namespaced: true)
        errors += CommonValidation.nonNegative(spec.parallelism, "spec.parallelism")
        errors += CommonValidation.nonNegative(spec.completions, "spec.completions")
        errors += CommonValidation.nonNegative(spec.backoffLimit, "spec.backoffLimit")
        if let deadline = spec.activeDeadlineSeconds, deadline <= 0 {
            errors.append(
                .invalid(
                    "spec.activeDeadlineSeconds", String(deadline), "must be greater than 0"))
        }
        if spec.completionMode == .indexed {
            errors.append(
                FieldError(
                    .error, "spec.completionMode",
                    "LabKit's simulated Job controller runs NonIndexed Jobs only",
                    hint: "leave completionMode out (NonIndexed)"))
        }
        errors += CommonValidation.labels(
            spec.template.metadata?.labels, path: "spec.template.metadata.labels")
        guard let podSpec = spec.template.spec else {
            errors.append(.required("spec.template.spec"))
            return errors
        }
        errors += podSpec.validate(at: "spec.template.spec")
        // ValidateJobTemplateSpec: Always, whether written or defaulted, is refused.
        if podSpec.restartPolicy != .onFailure, podSpec.restartPolicy != .never {
            errors.append(
                FieldError(
                    .error, "spec.template.spec.restartPolicy",
                    "Required value: valid values: \"OnFailure\", \"Never\"",
                    hint: "a Job's pods run to completion: write restartPolicy: Never or OnFailure")
            )
        }
        return errors
    }
}
