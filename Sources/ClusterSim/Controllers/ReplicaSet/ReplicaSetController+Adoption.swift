import KubeModel

/// Upstream's PodControllerRefManager.ClaimPods (pkg/controller/controller_ref_manager.go):
/// keep owned pods that match, release owned pods that no longer match, adopt matching orphans.
extension ReplicaSetController {
    /// The pods this ReplicaSet controls after claiming, oldest first.
    func claimPods(for replicaSet: ReplicaSet, in cluster: Cluster) -> [ClaimedPod] {
        let uid = replicaSet.metadata.uid ?? ""
        let selector = replicaSet.spec.selector
        let deleting = replicaSet.metadata.deletionTimestamp != nil
        let context = ClaimedPod.Context(replicaSet, now: cluster.now)
        var claimed: [ClaimedPod] = []
        for key in cluster.dependents(ofUID: uid) where key.kind == Pod.kind {
            let outcome = cluster.read(Pod.self, key) { pod -> (owned: Bool, pod: ClaimedPod?) in
                guard PodAvailability.controllerOf(pod.metadata)?.uid == uid else {
                    return (false, nil)
                }
                guard selector.matches(pod.metadata.labels ?? [:]) else { return (true, nil) }
                return (true, ClaimedPod(key, pod, context: context))
            }
            guard let outcome, outcome.owned else { continue }
            if let pod = outcome.pod {
                claimed.append(pod)
            } else if !deleting {
                release(key, from: uid, in: cluster)
            }
        }
        guard !deleting, !selector.isEmpty else { return claimed }
        for key in orphanPods.orphans(in: replicaSet.storeKey.namespace) {
            guard let pod = cluster.get(Pod.self, key),
                PodAvailability.controllerOf(pod.metadata) == nil,
                pod.metadata.deletionTimestamp == nil,
                selector.matches(pod.metadata.labels ?? [:]),
                let adopted = adopt(key, by: replicaSet, in: cluster)
            else { continue }
            claimed.append(ClaimedPod(key, adopted, context: context))
        }
        return claimed
    }

    /// The owner reference upstream's `metav1.NewControllerRef` builds.
    static func controllerReference(to replicaSet: ReplicaSet) -> OwnerReference {
        OwnerReference(
            apiVersion: "apps/v1", kind: ReplicaSet.kind, name: replicaSet.metadata.name ?? "",
            uid: replicaSet.metadata.uid ?? "", controller: true, blockOwnerDeletion: true)
    }

    private func adopt(_ key: ObjectKey, by replicaSet: ReplicaSet, in cluster: Cluster) -> Pod? {
        try? cluster.modify(Pod.self, key) { pod in
            var owners = pod.metadata.ownerReferences ?? []
            owners.append(Self.controllerReference(to: replicaSet))
            pod.metadata.ownerReferences = owners
        }
    }

    private func release(_ key: ObjectKey, from uid: String, in cluster: Cluster) {
        _ = try? cluster.modify(Pod.self, key) { pod in
            pod.metadata.ownerReferences?.removeAll { $0.uid == uid }
            if pod.metadata.ownerReferences?.isEmpty == true { pod.metadata.ownerReferences = nil }
        }
    }
}
