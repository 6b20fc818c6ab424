public import KubeModel
import OrderedCollections

/// Reading the store: typed lookups and lists, oldest first.
extension Cluster {
    public func get<T: StoredKind>(_ type: T.Type, _ name: String, namespace: String = "default")
        -> T?
    {
        store[keyPath: T.table][key(T.self, name, namespace: namespace)]
    }

    public func get<T: StoredKind>(_ type: T.Type, _ key: ObjectKey) -> T? {
        store[keyPath: T.table][key]
    }

    /// Objects of a kind, oldest first, optionally in one namespace and matching a selector.
    public func list<T: StoredKind>(
        _ type: T.Type, namespace: String? = nil, selector: LabelSelector? = nil
    ) -> [T] {
        let table = store[keyPath: T.table].entries
        let keys = table.keys
        let entries = table.values.elements
        var found: [T] = []
        // Filter on the key and the borrowed labels first: copying every object is what costs.
        for index in entries.indices {
            if let namespace, keys[index].namespace != namespace { continue }
            if let selector, !selector.matches(entries[index].object.metadata.labels ?? [:]) {
                continue
            }
            found.append(entries[index].object)
        }
        return found
    }

    /// Objects of a kind in a namespace for which `isIncluded` holds, oldest first; the
    /// predicate reads each stored object in place, so only the matches are copied.
    public func list<T: StoredKind>(
        _ type: T.Type, namespace: String, where isIncluded: (T) -> Bool
    ) -> [T] {
        let table = store[keyPath: T.table].entries
        let keys = table.keys
        let entries = table.values.elements
        var found: [T] = []
        for index in entries.indices where keys[index].namespace == namespace {
            if isIncluded(entries[index].object) { found.append(entries[index].object) }
        }
        return found
    }

    /// When an object was created, to the millisecond.
    public func creationTime<T: StoredKind>(of object: T) -> VirtualTime? {
        store[keyPath: T.table].entry(object.key)?.createdAt
    }

    /// The objects whose `ownerReferences` name `uid`, oldest first.
    public func dependents(ofUID uid: String) -> [ObjectKey] {
        dependents[uid] ?? []
    }

    public func key<T: StoredKind>(_ type: T.Type, _ name: String, namespace: String = "default")
        -> ObjectKey
    {
        ObjectKey(kind: T.kind, namespace: T.isClusterScoped ? "" : namespace, name: name)
    }
}
