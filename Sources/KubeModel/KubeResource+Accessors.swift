extension KubeResource {
    /// The pods this object runs: a workload's template, or a Pod's own metadata and spec.
    public var podTemplate: PodTemplateSpec? {
        switch self {
        case .pod(let pod): PodTemplateSpec(metadata: pod.metadata, spec: pod.spec)
        case .deployment(let value): value.spec.template
        case .replicaSet(let value): value.spec.template
        case .statefulSet(let value): value.spec.template
        case .daemonSet(let value): value.spec.template
        case .job(let value): value.spec.template
        default: nil
        }
    }

    /// The label selector of a workload or budget.
    ///
    /// A Service's map selector is given as
    /// `matchLabels`; a Service without one selects nothing, so it is nil.
    public var selector: LabelSelector? {
        switch self {
        case .deployment(let value): value.spec.selector
        case .replicaSet(let value): value.spec.selector
        case .statefulSet(let value): value.spec.selector
        case .daemonSet(let value): value.spec.selector
        case .job(let value): value.spec.selector
        case .podDisruptionBudget(let value): value.spec?.selector
        case .service(let value):
            value.spec.selector.flatMap { $0.isEmpty ? nil : LabelSelector(matchLabels: $0) }
        default: nil
        }
    }

    /// The desired replica count of a scalable workload (after defaulting).
    public var replicas: Int? {
        switch self {
        case .deployment(let value): value.spec.replicas
        case .replicaSet(let value): value.spec.replicas
        case .statefulSet(let value): value.spec.replicas
        default: nil
        }
    }

    /// Runs upstream defaulting on the wrapped object.
    public mutating func applyDefaults() {
        switch self {
        case .pod(var value): value.applyDefaults(); self = .pod(value)
        case .deployment(var value): value.applyDefaults(); self = .deployment(value)
        case .replicaSet(var value): value.applyDefaults(); self = .replicaSet(value)
        case .statefulSet(var value): value.applyDefaults(); self = .statefulSet(value)
        case .daemonSet(var value): value.applyDefaults(); self = .daemonSet(value)
        case .job(var value): value.applyDefaults(); self = .job(value)
        case .service(var value): value.applyDefaults(); self = .service(value)
        case .endpoints(var value): value.applyDefaults(); self = .endpoints(value)
        case .endpointSlice(var value): value.applyDefaults(); self = .endpointSlice(value)
        case .persistentVolumeClaim(var value):
            value.applyDefaults(); self = .persistentVolumeClaim(value)
        case .persistentVolume(var value): value.applyDefaults(); self = .persistentVolume(value)
        case .storageClass(var value): value.applyDefaults(); self = .storageClass(value)
        case .horizontalPodAutoscaler(var value):
            value.applyDefaults(); self = .horizontalPodAutoscaler(value)
        case .podDisruptionBudget(var value):
            value.applyDefaults(); self = .podDisruptionBudget(value)
        case .node(var value): value.applyDefaults(); self = .node(value)
        case .namespace(var value): value.applyDefaults(); self = .namespace(value)
        case .ingress(var value): value.applyDefaults(); self = .ingress(value)
        }
    }

    public func validate() -> [FieldError] { object.validate() }
}
