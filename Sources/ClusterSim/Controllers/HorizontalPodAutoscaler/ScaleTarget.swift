import KubeModel

/// The scale subresource of an autoscaler's target (`autoscaling/v1.Scale`): its replicas and
/// the selector of its pods.
struct ScaleTarget: Sendable {
    var kind: String
    var key: ObjectKey
    /// `spec.replicas`.
    var replicas: Int
    /// `status.replicas`: the pods there are (the per-pod averages of Object and External
    /// metrics divide by it).
    var statusReplicas: Int
    var selector: LabelSelector
}

extension Cluster {
    /// Reads the scale subresource of `reference` in `namespace`, as `scaleForResourceMappings`.
    func scaleTarget(_ reference: CrossVersionObjectReference, namespace: String)
        throws(APIError) -> ScaleTarget
    {
        switch reference.kind {
        case Deployment.kind:
            let key = key(Deployment.self, reference.name, namespace: namespace)
            guard let object = get(Deployment.self, key) else {
                throw .notFound(Deployment.resourceName, reference.name)
            }
            return ScaleTarget(
                kind: reference.kind, key: key, replicas: object.spec.replicas ?? 1,
                statusReplicas: object.status?.replicas ?? 0, selector: object.spec.selector)
        case ReplicaSet.kind:
            let key = key(ReplicaSet.self, reference.name, namespace: namespace)
            guard let object = get(ReplicaSet.self, key) else {
                throw .notFound(ReplicaSet.resourceName, reference.name)
            }
            return ScaleTarget(
                kind: reference.kind, key: key, replicas: object.spec.replicas ?? 1,
                statusReplicas: object.status?.replicas ?? 0, selector: object.spec.selector)
        case StatefulSet.kind:
            let key = key(StatefulSet.self, reference.name, namespace: namespace)
            guard let object = get(StatefulSet.self, key) else {
                throw .notFound(StatefulSet.resourceName, reference.name)
            }
            return ScaleTarget(
                kind: reference.kind, key: key, replicas: object.spec.replicas ?? 1,
                statusReplicas: object.status?.replicas ?? 0, selector: object.spec.selector)
        default:
            // pkg/controller/podautoscaler/horizontal.go scaleForResourceMappings
            let group = reference.apiVersion?.split(separator: "/").dropLast().first ?? ""
            throw APIError(
                code: 404, reason: .notFound,
                message: "unable to determine resource for scale target reference: no matches"
                    + " for kind \"\(reference.kind)\" in group \"\(group)\"")
        }
    }

    /// Writes `replicas` through the target's spec, as an update of the scale subresource.
    func updateScale(_ target: ScaleTarget, replicas: Int) throws(APIError) {
        switch target.kind {
        case Deployment.kind:
            try modify(Deployment.self, target.key) { $0.spec.replicas = replicas }
        case ReplicaSet.kind:
            try modify(ReplicaSet.self, target.key) { $0.spec.replicas = replicas }
        case StatefulSet.kind:
            try modify(StatefulSet.self, target.key) { $0.spec.replicas = replicas }
        default:
            throw APIError(
                code: 404, reason: .notFound,
                message: "the server could not find the requested resource")
        }
    }
}
