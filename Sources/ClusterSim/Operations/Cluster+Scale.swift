import KubeModel

/// `kubectl scale`: sets `spec.replicas` of a Deployment, ReplicaSet or StatefulSet.
extension Cluster {
    /// Returns kubectl's output line (`deployment.apps/order scaled`).
    @discardableResult
    public func scale(kind: String, name: String, namespace: String = "default", replicas: Int)
        throws(APIError) -> String
    {
        let parsed = try RolloutKind.parse(kind)
        guard replicas >= 0 else {
            throw APIError(
                code: 422, reason: .invalid,
                message: "The --replicas=COUNT flag is required, and COUNT must be greater than"
                    + " or equal to 0")
        }
        switch parsed {
        case .deployment:
            try modify(Deployment.self, key(Deployment.self, name, namespace: namespace)) {
                $0.spec.replicas = replicas
            }
        case .replicaSet:
            try modify(ReplicaSet.self, key(ReplicaSet.self, name, namespace: namespace)) {
                $0.spec.replicas = replicas
            }
        case .statefulSet:
            try modify(StatefulSet.self, key(StatefulSet.self, name, namespace: namespace)) {
                $0.spec.replicas = replicas
            }
        case .daemonSet, .pod:
            // kubectl finds no scale subresource for these.
            throw APIError(
                code: 404, reason: .notFound,
                message: "the server could not find the requested resource")
        }
        return "\(parsed.outputName)/\(name) scaled"
    }
}
