public import KubeModel

/// Keeps a claim that a pod uses (pkg/controller/volume/pvcprotection): claims get the
/// `kubernetes.io/pvc-protection` finalizer (upstream's admission plugin adds it at creation),
/// and a deleted claim stays Terminating until no scheduled pod refers to it.
public final class PVCProtectionController: Controller {
    public let name = "pvc-protection-controller"

    public init() {}

    public func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        switch change.resource {
        case .persistentVolumeClaim(let claim) where change.verb != .deleted:
            return [claim.storeKey]
        case .pod(let pod) where change.verb == .deleted:
            let namespace = pod.storeKey.namespace
            return (pod.spec.volumes ?? []).compactMap(\.persistentVolumeClaim).map {
                ObjectKey(
                    kind: PersistentVolumeClaim.kind, namespace: namespace, name: $0.claimName)
            }
        default:
            return []
        }
    }

    public func sync(_ key: ObjectKey, in cluster: Cluster) {
        guard let claim = cluster.get(PersistentVolumeClaim.self, key) else { return }
        let finalizer = StorageAnnotations.pvcProtectionFinalizer
        let finalizers = claim.metadata.finalizers ?? []
        if claim.metadata.deletionTimestamp == nil {
            guard !finalizers.contains(finalizer) else { return }
            _ = try? cluster.modify(PersistentVolumeClaim.self, key) {
                $0.metadata.finalizers = finalizers + [finalizer]
            }
            return
        }
        guard finalizers.contains(finalizer), !isInUse(claim, in: cluster) else { return }
        _ = try? cluster.modify(PersistentVolumeClaim.self, key) {
            $0.metadata.finalizers = finalizers.filter { $0 != finalizer }
        }
    }

    /// `podUsesPVC`: a pod bound to a node with a volume from the claim.
    private func isInUse(_ claim: PersistentVolumeClaim, in cluster: Cluster) -> Bool {
        let claimName = claim.metadata.name ?? ""
        return cluster.list(Pod.self, namespace: claim.storeKey.namespace).contains { pod in
            !(pod.spec.nodeName ?? "").isEmpty
                && (pod.spec.volumes ?? []).contains {
                    $0.persistentVolumeClaim?.claimName == claimName
                }
        }
    }
}
