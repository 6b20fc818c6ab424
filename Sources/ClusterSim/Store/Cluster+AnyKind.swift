public import KubeModel

/// Operations on an object known only by its key, for code that handles every kind alike
/// (garbage collection, `kubectl delete KIND NAME`).
extension Cluster {
    /// Every kind the store holds.
    public static let storedKinds: [any StoredKind.Type] = [
        Pod.self, Deployment.self, ReplicaSet.self, StatefulSet.self, DaemonSet.self, Job.self,
        Service.self, Endpoints.self, EndpointSlice.self, PersistentVolumeClaim.self,
        PersistentVolume.self,
        StorageClass.self,
        HorizontalPodAutoscaler.self, PodDisruptionBudget.self, Node.self, Namespace.self,
        Ingress.self,
    ]

    public static func storedKind(named kind: String) -> (any StoredKind.Type)? {
        storedKinds.first { $0.kind == kind }
    }

    /// Deletes the object at `key`, whatever its kind; a missing object is not an error.
    public func deleteAnyKind(_ key: ObjectKey, propagation: DeletionPropagation = .background) {
        guard let type = Self.storedKind(named: key.kind) else { return }
        try? delete(type, key, propagation: propagation)
    }

    func dropOwner(_ uid: String, from key: ObjectKey) {
        guard let type = Self.storedKind(named: key.kind) else { return }
        dropOwner(uid, type, key)
    }

    func removeFinalizer(_ finalizer: String, from key: ObjectKey) {
        guard let type = Self.storedKind(named: key.kind) else { return }
        removeFinalizer(finalizer, type, key)
    }

    private func dropOwner<T: StoredKind>(_ uid: String, _ type: T.Type, _ key: ObjectKey) {
        _ = try? modify(type, key) { object in
            object.metadata.ownerReferences?.removeAll { $0.uid == uid }
            if object.metadata.ownerReferences?.isEmpty == true {
                object.metadata.ownerReferences = nil
            }
        }
    }

    private func removeFinalizer<T: StoredKind>(
        _ finalizer: String, _ type: T.Type, _ key: ObjectKey
    ) {
        _ = try? modify(type, key) { object in
            object.metadata.finalizers?.removeAll { $0 == finalizer }
            if object.metadata.finalizers?.isEmpty == true { object.metadata.finalizers = nil }
        }
    }
}
