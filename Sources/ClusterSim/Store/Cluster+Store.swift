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
        let slots = store[keyPath: T.table].slots
        var found: [T] = []
        // Filter on the key and the borrowed labels first: copying every object is what costs.
        for index in slots.indices {
            guard let key = slots[index]?.key else { continue }
            if let namespace, key.namespace != namespace { continue }
            if let selector,
                !selector.matches(slots[index]?.entry.object.metadata.labels ?? [:])
            {
                continue
            }
            if let object = slots[index]?.entry.object { found.append(object) }
        }
        return found
    }

    /// Objects of a kind in a namespace for which `isIncluded` holds, oldest first; the
    /// predicate reads each stored object in place, so only the matches are copied.
    public func list<T: StoredKind>(
        _ type: T.Type, namespace: String, where isIncluded: (T) -> Bool
    ) -> [T] {
        let slots = store[keyPath: T.table].slots
        var found: [T] = []
        for index in slots.indices where slots[index]?.key.namespace == namespace {
            guard slots[index].map({ isIncluded($0.entry.object) }) == true,
                let object = slots[index]?.entry.object
            else { continue }
            found.append(object)
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
