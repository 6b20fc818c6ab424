public import KubeModel

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
        var found: [T] = []
        // Filter on the key and the borrowed labels first: copying every object is what costs.
        store[keyPath: T.table].forEach { key, object in
            if let namespace, key.namespace != namespace { return }
            if let selector, !selector.matches(object.metadata.labels ?? [:]) { return }
            found.append(object)
        }
        return found
    }

    /// Objects of a kind in a namespace for which `isIncluded` holds, oldest first; the
    /// predicate reads each stored object in place, so only the matches are copied.
    public func list<T: StoredKind>(
        _ type: T.Type, namespace: String, where isIncluded: (T) -> Bool
    ) -> [T] {
        var found: [T] = []
        store[keyPath: T.table].forEach { key, object in
            if key.namespace == namespace, isIncluded(object) { found.append(object) }
        }
        return found
    }

    /// Objects of a kind, in every namespace, for which `isIncluded` holds, oldest first; the
    /// predicate reads each stored object in place, so only the matches are copied.
    public func list<T: StoredKind>(_ type: T.Type, where isIncluded: (T) -> Bool) -> [T] {
        var found: [T] = []
        store[keyPath: T.table].forEach { _, object in
            if isIncluded(object) { found.append(object) }
        }
        return found
    }

    /// The result of `body` on the object at `key`, read in place without copying it (nil when
    /// there is none): for hot paths that look at a few fields of a large object.
    public func read<T: StoredKind, R>(_ type: T.Type, _ key: ObjectKey, _ body: (T) -> R) -> R? {
        store[keyPath: T.table].read(key, body)
    }

    /// Calls `body` on every object of a kind, oldest first, optionally in one namespace,
    /// reading each in place.
    public func forEach<T: StoredKind>(
        _ type: T.Type, namespace: String? = nil, _ body: (T) -> Void
    ) {
        store[keyPath: T.table].forEach { key, object in
            if let namespace, key.namespace != namespace { return }
            body(object)
        }
    }

    /// How many objects of a kind satisfy `isIncluded`, each read in place (none is copied).
    public func count<T: StoredKind>(_ type: T.Type, where isIncluded: (T) -> Bool) -> Int {
        var count = 0
        store[keyPath: T.table].forEach { _, object in
            if isIncluded(object) { count += 1 }
        }
        return count
    }

    /// When an object was created, to the millisecond.
    public func creationTime<T: StoredKind>(of object: T) -> VirtualTime? {
        store[keyPath: T.table].box(object.storeKey)?.createdAt
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
