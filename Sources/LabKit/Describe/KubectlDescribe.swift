import ClusterSim
import KubeModel

/// `kubectl describe KIND [NAME] [-l SELECTOR]`: one description per object, by name, two
/// blank lines between them.
enum KubectlDescribe {
    /// The kinds `describe` covers: what the course's notes describe.
    static let kinds = [
        Pod.kind, Deployment.kind, ReplicaSet.kind, StatefulSet.kind, Service.kind,
        HorizontalPodAutoscaler.kind, PodDisruptionBudget.kind, PersistentVolumeClaim.kind,
    ]

    enum Outcome {
        case lines([String])
        /// Nothing of the kind in the namespace (kubectl's "No resources found").
        case none
        case failure(APIError)
    }

    /// A name that matches no object exactly describes every object whose name starts with
    /// it, as kubectl does (`kubectl describe pods web` for `web-7d9f...`).
    static func run(
        kind: String, name: String?, namespace: String, selector: LabelSelector?,
        in cluster: Cluster
    ) -> Outcome {
        switch kind {
        case Pod.kind:
            return describe(Pod.self, name, namespace, selector, cluster, PodDescription.lines)
        case Deployment.kind:
            return describe(
                Deployment.self, name, namespace, selector, cluster, DeploymentDescription.lines)
        case ReplicaSet.kind:
            return describe(
                ReplicaSet.self, name, namespace, selector, cluster, WorkloadDescriptions.replicaSet
            )
        case StatefulSet.kind:
            return describe(
                StatefulSet.self, name, namespace, selector, cluster,
                WorkloadDescriptions.statefulSet)
        case PodDisruptionBudget.kind:
            return describe(
                PodDisruptionBudget.self, name, namespace, selector, cluster,
                StorageAndPolicyDescriptions.budget)
        case PersistentVolumeClaim.kind:
            return describe(
                PersistentVolumeClaim.self, name, namespace, selector, cluster,
                StorageAndPolicyDescriptions.claim)
        case HorizontalPodAutoscaler.kind:
            return describe(
                HorizontalPodAutoscaler.self, name, namespace, selector, cluster,
                HorizontalPodAutoscalerDescription.lines)
        default:
            return describe(
                Service.self, name, namespace, selector, cluster, ServiceDescription.lines)
        }
    }

    private static func describe<T: StoredKind>(
        _ type: T.Type, _ name: String?, _ namespace: String, _ selector: LabelSelector?,
        _ cluster: Cluster, _ lines: (T, Cluster) -> [String]
    ) -> Outcome {
        let objects = cluster.list(type, namespace: namespace, selector: selector)
            .sorted { ($0.metadata.name ?? "") < ($1.metadata.name ?? "") }
        var chosen = objects
        if let name {
            chosen = objects.filter { $0.metadata.name == name }
            if chosen.isEmpty {
                chosen = objects.filter { ($0.metadata.name ?? "").hasPrefix(name) }
            }
            if chosen.isEmpty { return .failure(.notFound(T.resourceName, name)) }
        }
        guard !chosen.isEmpty else { return .none }
        let descriptions = chosen.map { lines($0, cluster) }
        return .lines(Array(descriptions.joined(separator: ["", ""])))
    }
}
