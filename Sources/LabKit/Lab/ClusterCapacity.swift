import ClusterSim
import KubeModel
import KubeYAML
import LabDiagnostics

/// How many pods a lab's cluster can ever run, and the workloads far beyond it.
///
/// Kubernetes accepts `replicas: 50000` on three nodes and leaves the pods it cannot place
/// Pending; simulating tens of thousands of pending pods takes minutes and teaches nothing the
/// first few hundred do not, so `lab check` refuses a workload over ten times the capacity, at
/// its `replicas` line, and says what Kubernetes would do.
struct ClusterCapacity {
    static let factor = 10
    /// `maxPods` of a node group whose definition does not say.
    static let defaultPodsPerNode = 110

    let scenario: Scenario

    /// The nodes' `maxPods`, with every node group at its largest (an upper bound).
    var pods: Int {
        var total = scenario.cluster.nodes.reduce(0) { $0 + $1.pods }
        for group in scenario.cluster.nodeGroups { total += podsOf(group) }
        for step in scenario.steps {
            switch step.action {
            case .nodeGroup(.create(let group)): total += podsOf(group)
            case .nodeGroup(.scale(_, _, _, let max?)): total += max * Self.defaultPodsPerNode
            default: break
            }
        }
        return total
    }

    /// An error at each workload of `manifests` whose replicas exceed ten times `pods`.
    func problems(given manifests: ManifestSet) -> [Diagnostic] {
        let capacity = pods
        return manifests.objects.compactMap { object in
            guard let replicas = Self.replicas(of: object.resource),
                replicas > capacity * Self.factor
            else { return nil }
            return Diagnostic(
                .error,
                "replicas: \(replicas) is more than \(Self.factor) times the pods this lab's "
                    + "cluster can run (\(capacity)): lab check does not simulate it",
                at: object.location(of: "spec.replicas"),
                hint: "Kubernetes would accept it and leave the pods it cannot place Pending; "
                    + "use the replicas the lab asks for")
        }
    }

    private func podsOf(_ group: NodeGroupDefinition) -> Int {
        group.max * (group.pods ?? Self.defaultPodsPerNode)
    }

    private static func replicas(of resource: KubeResource) -> Int? {
        switch resource {
        case .deployment(let deployment): deployment.spec.replicas
        case .replicaSet(let set): set.spec.replicas
        case .statefulSet(let set): set.spec.replicas
        default: nil
        }
    }
}
