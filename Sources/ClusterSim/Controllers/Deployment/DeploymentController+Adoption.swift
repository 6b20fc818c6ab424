import KubeModel

/// ReplicaSetControllerRefManager.ClaimReplicaSets (pkg/controller/controller_ref_manager.go),
/// as getReplicaSetsForDeployment calls it.
extension DeploymentController {
    /// The ReplicaSets this Deployment controls after claiming, oldest first.
    func claimReplicaSets(for deployment: Deployment, in cluster: Cluster) -> [ReplicaSet] {
        let uid = deployment.metadata.uid ?? ""
        let selector = deployment.spec.selector
        let deleting = deployment.metadata.deletionTimestamp != nil
        var claimed: [ReplicaSet] = []
        for key in cluster.dependents(ofUID: uid) where key.kind == ReplicaSet.kind {
            guard let replicaSet = cluster.get(ReplicaSet.self, key),
                PodAvailability.controllerOf(replicaSet.metadata)?.uid == uid
            else { continue }
            if selector.matches(replicaSet.metadata.labels ?? [:]) {
                claimed.append(replicaSet)
            } else if !deleting {
                _ = try? cluster.modify(ReplicaSet.self, key) { object in
                    object.metadata.ownerReferences?.removeAll { $0.uid == uid }
                    if object.metadata.ownerReferences?.isEmpty == true {
                        object.metadata.ownerReferences = nil
                    }
                }
            }
        }
        if !deleting {
            for key in orphanReplicaSets.orphans(in: deployment.storeKey.namespace) {
                guard let replicaSet = cluster.get(ReplicaSet.self, key),
                    PodAvailability.controllerOf(replicaSet.metadata) == nil,
                    replicaSet.metadata.deletionTimestamp == nil,
                    selector.matches(replicaSet.metadata.labels ?? [:]),
                    let adopted = try? cluster.modify(
                        ReplicaSet.self, key,
                        { object in
                            var owners = object.metadata.ownerReferences ?? []
                            owners.append(Self.controllerReference(to: deployment))
                            object.metadata.ownerReferences = owners
                        })
                else { continue }
                claimed.append(adopted)
            }
        }
        return claimed.sorted { creationOrder($0, in: cluster) < creationOrder($1, in: cluster) }
    }

    /// metav1.NewControllerRef for a Deployment.
    static func controllerReference(to deployment: Deployment) -> OwnerReference {
        OwnerReference(
            apiVersion: "apps/v1", kind: Deployment.kind, name: deployment.metadata.name ?? "",
            uid: deployment.metadata.uid ?? "", controller: true, blockOwnerDeletion: true)
    }

    /// ReplicaSetsByCreationTimestamp, to the millisecond: the store's creation sequence.
    func creationOrder(_ replicaSet: ReplicaSet, in cluster: Cluster) -> UInt64 {
        cluster.store.replicaSets.sequence(of: replicaSet.storeKey) ?? .max
    }

    /// Oldest first.
    func byCreation(_ replicaSets: [ReplicaSet], in cluster: Cluster) -> [ReplicaSet] {
        replicaSets.sorted { creationOrder($0, in: cluster) < creationOrder($1, in: cluster) }
    }
}
