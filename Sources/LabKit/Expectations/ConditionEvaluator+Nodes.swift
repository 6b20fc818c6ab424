import ClusterSim
import KubeModel

extension ConditionEvaluator {
    func matchingNodes(_ query: NodeQuery) -> [Node] {
        cluster.list(Node.self).filter { node in
            guard query.selector.matches(node.metadata.labels ?? [:]) else { return false }
            if let ready = query.ready, node.isReadyNode != ready { return false }
            if let schedulable = query.schedulable,
                (node.spec?.unschedulable != true) != schedulable
            {
                return false
            }
            if let version = query.version {
                let kubelet = node.status?.nodeInfo?.kubeletVersion ?? ""
                let minor = ScenarioCompiler.kubernetesVersion(kubelet)
                if minor != version { return false }
            }
            return true
        }
    }

    func drain(_ node: String, _ outcome: DrainOutcome) -> Observation {
        let subject = ObjectKey(kind: Node.kind, namespace: "", name: node)
        guard let record = drains.records[node] else {
            return Observation(
                holds: false, observed: "no drain of node/\(node) was started",
                subjects: [subject])
        }
        let state: String
        let holds: Bool
        if let finished = record.finished {
            state =
                record.succeeded
                ? "node/\(node) drained at \(finished)"
                : "drain of node/\(node) failed at \(finished): \(record.error ?? "error")"
            switch outcome {
            case .finished: holds = true
            case .succeeded: holds = record.succeeded
            case .failed: holds = !record.succeeded
            case .running: holds = false
            }
        } else {
            state = "drain of node/\(node) running since \(record.started)"
            holds = outcome == .running
        }
        return Observation(holds: holds, observed: state, subjects: [subject])
    }
}

extension Node {
    /// The `Ready` condition is True.
    var isReadyNode: Bool {
        status?.conditions?.contains { $0.type == "Ready" && $0.status == "True" } == true
    }
}
