import LabDiagnostics

extension CrossObjectChecks.Context {
    static let scalableKinds = ["Deployment", "StatefulSet", "ReplicaSet"]

    /// The autoscaler's target must exist, and for cpu utilization every container of it
    /// needs a cpu request (upstream replica_calculator: "missing request for cpu").
    ///
    /// A warning, not an error: the API server accepts such an HPA, which then reports
    /// FailedGetResourceMetric and never scales; `lab check` lets a student watch that happen.
    func check(_ autoscaler: HorizontalPodAutoscaler) -> [FieldError] {
        let ref = autoscaler.spec.scaleTargetRef
        guard Self.scalableKinds.contains(ref.kind) else { return [] }
        let namespace = namespace(of: autoscaler.metadata)
        guard let target = object(kind: ref.kind, name: ref.name, namespace: namespace) else {
            return [
                .warning(
                    "spec.scaleTargetRef.name",
                    "scale target \"\(ref.kind.lowercased())/\(ref.name)\" is not among the "
                        + "manifests",
                    hint: "check spec.scaleTargetRef.kind and name against the workload's")
            ]
        }
        let needsCPURequest = (autoscaler.spec.metrics ?? []).contains { metric in
            metric.type == .resource && metric.resource?.name == "cpu"
                && metric.resource?.target.type == .utilization
        }
        guard needsCPURequest, let spec = target.podTemplate?.spec else { return [] }
        // Sidecars too: calculatePodRequests sums them with the app containers.
        return spec.containersWithSidecars.compactMap { container in
            let resources = container.resources
            // A cpu limit alone is enough: pods get their request defaulted from it.
            guard resources?.requests?["cpu"] == nil, resources?.limits?["cpu"] == nil else {
                return nil
            }
            return FieldError(
                .warning, "spec.scaleTargetRef",
                "HPA cannot compute cpu utilization: target \"\(target.key)\" container "
                    + "\"\(container.name)\" has no cpu request (missing request for cpu)",
                hint: "add resources.requests.cpu (e.g. \"100m\") to container "
                    + "\"\(container.name)\"; utilization is usage divided by request")
        }
    }

    /// A StatefulSet's `serviceName` should name a headless Service among the manifests.
    func check(_ set: StatefulSet) -> [FieldError] {
        guard let name = set.spec.serviceName, !name.isEmpty else { return [] }
        let namespace = namespace(of: set.metadata)
        guard
            case .service(let service)? = object(
                kind: Service.kind, name: name, namespace: namespace)
        else {
            return [
                .warning(
                    "spec.serviceName",
                    "service \"\(name)\" named by \"spec.serviceName\" is not among the manifests",
                    hint: "add a headless Service (clusterIP: None) named \"\(name)\"")
            ]
        }
        guard service.isHeadless else {
            return [
                .warning(
                    "spec.serviceName",
                    "service \"\(name)\" is not headless: pods get no \"<pod>.\(name)\" DNS names",
                    hint: "set clusterIP: None on service \"\(name)\"")
            ]
        }
        return []
    }
}
