import KubeModel

/// `kubectl set image KIND/NAME CONTAINER=IMAGE`: changes a container's image in a workload's
/// pod template (or in a pod), which starts a rollout.
extension Cluster {
    /// Returns kubectl's output line (`deployment.apps/order image updated`).
    @discardableResult
    public func setImage(
        kind: String, name: String, namespace: String = "default", container: String,
        image: String
    ) throws(APIError) -> String {
        try setImage(
            kind: kind, name: name, namespace: namespace, images: [(container, image)])
    }

    /// `kubectl set image KIND/NAME c1=img1 c2=img2`: every container checked before one write,
    /// so a wrong name changes nothing and a change is one rollout.
    @discardableResult
    public func setImage(
        kind: String, name: String, namespace: String = "default",
        images: [(container: String, image: String)]
    ) throws(APIError) -> String {
        let parsed = try RolloutKind.parse(kind)
        switch parsed {
        case .deployment:
            try setImage(Deployment.self, name, namespace, images) {
                $0.spec.template.spec
            } write: {
                $0.spec.template.spec = $1
            }
        case .replicaSet:
            try setImage(ReplicaSet.self, name, namespace, images) {
                $0.spec.template.spec
            } write: {
                $0.spec.template.spec = $1
            }
        case .statefulSet:
            try setImage(StatefulSet.self, name, namespace, images) {
                $0.spec.template.spec
            } write: {
                $0.spec.template.spec = $1
            }
        case .daemonSet:
            try setImage(DaemonSet.self, name, namespace, images) {
                $0.spec.template.spec
            } write: {
                $0.spec.template.spec = $1
            }
        case .pod:
            try setImage(Pod.self, name, namespace, images) {
                $0.spec
            } write: {
                $0.spec = $1 ?? $0.spec
            }
        }
        return "\(parsed.outputName)/\(name) image updated"
    }

    private func setImage<T: StoredKind>(
        _ type: T.Type, _ name: String, _ namespace: String,
        _ images: [(container: String, image: String)], read: (T) -> PodSpec?,
        write: (inout T, PodSpec?) -> Void
    ) throws(APIError) {
        let key = key(T.self, name, namespace: namespace)
        guard let object = get(T.self, key) else { throw .notFound(T.resourceName, name) }
        guard var spec = read(object) else {
            throw Self.noContainer(images.first?.container ?? "")
        }
        for (container, image) in images {
            var found = false
            for index in spec.containers.indices where spec.containers[index].name == container {
                spec.containers[index].image = image
                found = true
            }
            for index in (spec.initContainers ?? []).indices
            where spec.initContainers?[index].name == container {
                spec.initContainers?[index].image = image
                found = true
            }
            guard found else { throw Self.noContainer(container) }
        }
        try modify(T.self, key) { write(&$0, spec) }
    }

    private static func noContainer(_ name: String) -> APIError {
        APIError(
            code: 422, reason: .invalid, message: "unable to find container named \"\(name)\"")
    }
}
