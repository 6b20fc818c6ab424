import ClusterSim
import KubeModel

/// `kubectl rollout history` and `rollout undo` for Deployments, done as kubectl does them:
/// read the ReplicaSets the Deployment owns, ordered by their revision annotation, and copy a
/// previous one's pod template back into the Deployment.
struct RolloutHistory {
    let cluster: Cluster

    static let revisionAnnotation = "deployment.kubernetes.io/revision"
    static let changeCauseAnnotation = "kubernetes.io/change-cause"
    static let hashLabel = "pod-template-hash"

    /// The Deployment's ReplicaSets with their revisions, oldest revision first.
    func revisions(_ target: ObjectReferenceText) throws(APIError)
        -> (Deployment, [(Int, ReplicaSet)])
    {
        guard target.kind == Deployment.kind else {
            throw APIError(
                code: 400, reason: .invalid,
                message: "no rollout history for \(target.kind.lowercased()) (only deployments)")
        }
        guard let deployment = cluster.get(Deployment.self, target.key) else {
            throw APIError.notFound(Deployment.resourceName, target.name)
        }
        let uid = deployment.metadata.uid
        let owned = cluster.list(ReplicaSet.self, namespace: target.namespace).filter { set in
            set.metadata.ownerReferences?.contains { $0.uid == uid } == true
        }
        let numbered = owned.compactMap { set -> (Int, ReplicaSet)? in
            guard let text = set.metadata.annotations?[Self.revisionAnnotation],
                let number = Int(text)
            else { return nil }
            return (number, set)
        }
        return (deployment, numbered.sorted { $0.0 < $1.0 })
    }

    func table(_ target: ObjectReferenceText) throws(APIError) -> [String] {
        let (_, revisions) = try revisions(target)
        var lines = ["\(target.kubectlText)", "REVISION  CHANGE-CAUSE"]
        for (number, set) in revisions {
            let cause = set.metadata.annotations?[Self.changeCauseAnnotation] ?? "<none>"
            lines.append(String(number).padding(10) + cause)
        }
        return lines
    }

    /// Rolls back to `toRevision`, or to the revision before the current one.
    func undo(_ target: ObjectReferenceText, toRevision: Int?) throws(APIError) {
        let (deployment, revisions) = try revisions(target)
        let current = revisions.last?.0 ?? 0
        let wanted = toRevision.flatMap { $0 == 0 ? nil : $0 }
        let chosen: (Int, ReplicaSet)?
        if let wanted {
            chosen = revisions.first { $0.0 == wanted }
        } else {
            chosen = revisions.last { $0.0 < current }
        }
        guard let (_, set) = chosen else {
            throw APIError(
                code: 400, reason: .invalid,
                message: wanted.map { "unable to find specified revision \($0) in history" }
                    ?? "no rollout history found for deployment \"\(target.name)\"")
        }
        var template = set.spec.template
        template.metadata?.labels?[Self.hashLabel] = nil
        if template == deployment.spec.template { return }
        try cluster.modify(Deployment.self, target.key) { $0.spec.template = template }
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: Swift.max(1, width - count))
    }
}
