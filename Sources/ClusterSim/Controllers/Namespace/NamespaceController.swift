public import KubeModel

/// Empties a deleted namespace, then removes it (pkg/controller/namespace).
///
/// Every object in it is deleted (pods stop gracefully, finalizers run); once none is left the
/// `kubernetes` finalizer goes, and the namespace with it. Until then it is Terminating and
/// refuses new objects.
public final class NamespaceController: Controller {
    public let name = "namespace-controller"
    /// The finalizer the namespace registry puts in every namespace's `spec.finalizers`.
    public static let finalizer = "kubernetes"
    /// Namespaces being emptied: a deletion in one of them may be its last object going.
    private var terminating: Set<String> = []

    public init() {}

    public func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        if case .namespace(let namespace) = change.resource {
            return namespace.metadata.deletionTimestamp == nil ? [] : [namespace.storeKey]
        }
        guard !terminating.isEmpty, change.verb == .deleted,
            terminating.contains(change.key.namespace)
        else { return [] }
        return [ObjectKey(kind: Namespace.kind, namespace: "", name: change.key.namespace)]
    }

    public func sync(_ key: ObjectKey, in cluster: Cluster) {
        guard let namespace = cluster.get(Namespace.self, key),
            namespace.metadata.deletionTimestamp != nil
        else {
            terminating.remove(key.name)
            return
        }
        terminating.insert(key.name)
        var remaining = 0
        for kind in Cluster.storedKinds where !kind.isClusterScoped {
            remaining += deleteContent(kind, in: key.name, cluster: cluster)
        }
        // The `finalize` subresource: with the last finalizer gone the namespace is removed
        // (one someone else put there keeps it Terminating, as upstream).
        guard remaining == 0, namespace.spec?.finalizers == [Self.finalizer],
            (namespace.metadata.finalizers ?? []).isEmpty
        else { return }
        terminating.remove(key.name)
        cluster.remove(Namespace.self, key)
    }

    /// Deletes the objects of a kind in the namespace that are not being deleted yet; returns
    /// how many are still there.
    private func deleteContent<T: StoredKind>(
        _ type: T.Type, in namespace: String, cluster: Cluster
    ) -> Int {
        for object in cluster.list(type, namespace: namespace)
        where object.metadata.deletionTimestamp == nil {
            try? cluster.delete(type, object.storeKey)
        }
        return cluster.list(type, namespace: namespace).count
    }
}
