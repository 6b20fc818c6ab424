import ClusterSim
import KubeModel

/// `kubectl describe KIND [NAME...] [-l SELECTOR]`: one description per object, by name, two
/// blank lines between them.
enum KubectlDescribe {
    /// The kinds `describe` covers: what the course's notes describe.
    static let kinds = [
        Pod.kind, Deployment.kind, ReplicaSet.kind, StatefulSet.kind, Service.kind,
        HorizontalPodAutoscaler.kind, PodDisruptionBudget.kind, PersistentVolumeClaim.kind,
    ]

    /// The descriptions, and the first name that matched nothing.
    struct Outcome {
        var lines: [String] = []
        var missing: APIError?
    }

    /// A name that matches no object exactly describes every object whose name starts with
    /// it, as kubectl does (`kubectl describe pods web` for `web-7d9f...`).
    static func run(
        kind: String, names: [String], namespace: String, selector: LabelSelector?,
        in cluster: Cluster
    ) -> Outcome {
        switch kind {
        case Pod.kind:
            return describe(Pod.self, names, namespace, selector, cluster, PodDescription.lines)
        case Deployment.kind:
            return describe(
                Deployment.self, names, namespace, selector, cluster, DeploymentDescription.lines)
        case ReplicaSet.kind:
            return describe(
                ReplicaSet.self, names, namespace, selector, cluster,
                WorkloadDescriptions.replicaSet
            )
        case StatefulSet.kind:
            return describe(
                StatefulSet.self, names, namespace, selector, cluster,
                WorkloadDescriptions.statefulSet)
        case PodDisruptionBudget.kind:
            return describe(
                PodDisruptionBudget.self, names, namespace, selector, cluster,
                StorageAndPolicyDescriptions.budget)
        case PersistentVolumeClaim.kind:
            return describe(
                PersistentVolumeClaim.self, names, namespace, selector, cluster,
                StorageAndPolicyDescriptions.claim)
        case HorizontalPodAutoscaler.kind:
            return describe(
                HorizontalPodAutoscaler.self, names, namespace, selector, cluster,
                HorizontalPodAutoscalerDescription.lines)
        default:
            return describe(
                Service.self, names, namespace, selector, cluster, ServiceDescription.lines)
        }
    }

    private static func describe<T: StoredKind>(
        _ type: T.Type, _ names: [String], _ namespace: String, _ selector: LabelSelector?,
        _ cluster: Cluster, _ lines: (T, Cluster) -> [String]
    ) -> Outcome {
        let objects = cluster.list(type, namespace: namespace, selector: selector)
            .sorted { ($0.metadata.name ?? "") < ($1.metadata.name ?? "") }
        var outcome = Outcome()
        var chosen = names.isEmpty ? objects : []
        for name in names {
            var matched = objects.filter { $0.metadata.name == name }
            if matched.isEmpty {
                matched = objects.filter { ($0.metadata.name ?? "").hasPrefix(name) }
            }
            if matched.isEmpty, outcome.missing == nil {
                outcome.missing = .notFound(T.resourceName, name)
            }
            for object in matched where !chosen.contains(where: { $0.storeKey == object.storeKey })
            {
                chosen.append(object)
            }
        }
        outcome.lines = Array(chosen.map { lines($0, cluster) }.joined(separator: ["", ""]))
        return outcome
    }
}
