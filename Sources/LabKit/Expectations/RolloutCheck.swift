import ClusterSim
import KubeModel

/// What `kubectl rollout status` waits for, with its messages.
struct RolloutCheck {
    let cluster: Cluster

    func status(_ target: ObjectReferenceText) -> Observation {
        let key = target.key
        switch target.kind {
        case Deployment.kind:
            guard let deployment = cluster.get(Deployment.self, key) else {
                return notFound(target)
            }
            return deploymentStatus(deployment, key: key)
        case StatefulSet.kind:
            guard let set = cluster.get(StatefulSet.self, key) else { return notFound(target) }
            let wanted = set.spec.replicas ?? 1
            let status = set.status
            let ready = status?.readyReplicas ?? 0
            let updated = status?.updatedReplicas ?? 0
            let done =
                (status?.observedGeneration ?? 0) >= (set.metadata.generation ?? 1)
                && ready == wanted && updated == wanted
            return Observation(
                holds: done,
                observed: done
                    ? "partitioned roll out complete: \(updated) new pods have been updated..."
                    : "Waiting for \(wanted - ready) pods to be ready...",
                subjects: [key])
        default:
            return Observation(
                holds: false, observed: "rollout status is not supported for \(target.kind)")
        }
    }

    private func notFound(_ target: ObjectReferenceText) -> Observation {
        Observation(holds: false, observed: "\(target) not found", subjects: [target.key])
    }

    /// kubectl's `DeploymentStatusViewer` messages.
    private func deploymentStatus(_ deployment: Deployment, key: ObjectKey) -> Observation {
        let name = deployment.metadata.name ?? ""
        let status = deployment.status
        let wanted = deployment.spec.replicas ?? 1
        let updated = status?.updatedReplicas ?? 0
        let total = status?.replicas ?? 0
        let available = status?.availableReplicas ?? 0
        guard (status?.observedGeneration ?? 0) >= (deployment.metadata.generation ?? 1) else {
            return Observation(
                holds: false, observed: "Waiting for deployment spec update to be observed...",
                subjects: [key])
        }
        if let condition = status?.conditions?.first(where: { $0.type == "Progressing" }),
            condition.reason == "ProgressDeadlineExceeded"
        {
            return Observation(
                holds: false, observed: "deployment \"\(name)\" exceeded its progress deadline",
                subjects: [key])
        }
        let message: String
        if updated < wanted {
            message =
                "Waiting for deployment \"\(name)\" rollout to finish: \(updated) out of "
                + "\(wanted) new replicas have been updated..."
        } else if total > updated {
            message =
                "Waiting for deployment \"\(name)\" rollout to finish: \(total - updated) "
                + "old replicas are pending termination..."
        } else if available < updated {
            message =
                "Waiting for deployment \"\(name)\" rollout to finish: \(available) of "
                + "\(updated) updated replicas are available..."
        } else {
            return Observation(
                holds: true, observed: "deployment \"\(name)\" successfully rolled out",
                subjects: [key])
        }
        return Observation(holds: false, observed: message, subjects: [key])
    }
}
