import KubeModel

/// A workload kind as `kubectl scale`, `set image` and `rollout` accept it on the command line
/// (`deployment`, `deployments`, `deploy`, `deployment.apps`, `Deployment`, ...).
public enum RolloutKind: String, Sendable, CaseIterable {
    case deployment
    case replicaSet
    case statefulSet
    case daemonSet
    case pod

    /// Nil for a name kubectl would not recognise.
    public init?(kubectlName: String) {
        var name = kubectlName.lowercased()
        if name.hasSuffix(".apps") { name.removeLast(5) }
        switch name {
        case "deployment", "deployments", "deploy": self = .deployment
        case "replicaset", "replicasets", "rs": self = .replicaSet
        case "statefulset", "statefulsets", "sts": self = .statefulSet
        case "daemonset", "daemonsets", "ds": self = .daemonSet
        case "pod", "pods", "po": self = .pod
        default: return nil
        }
    }

    /// Parses `kind`, or throws kubectl's message for an unknown resource type.
    static func parse(_ kind: String) throws(APIError) -> RolloutKind {
        guard let parsed = RolloutKind(kubectlName: kind) else {
            throw APIError(
                code: 404, reason: .notFound,
                message: "the server doesn't have a resource type \"\(kind)\"")
        }
        return parsed
    }

    /// `deployments.apps`, as API errors name the resource.
    var resourceName: String {
        switch self {
        case .deployment: Deployment.resourceName
        case .replicaSet: ReplicaSet.resourceName
        case .statefulSet: StatefulSet.resourceName
        case .daemonSet: DaemonSet.resourceName
        case .pod: Pod.resourceName
        }
    }

    /// `deployment.apps`, as kubectl prefixes names in its output (`deployment.apps/order`).
    var outputName: String {
        switch self {
        case .deployment: "deployment.apps"
        case .replicaSet: "replicaset.apps"
        case .statefulSet: "statefulset.apps"
        case .daemonSet: "daemonset.apps"
        case .pod: "pod"
        }
    }
}
