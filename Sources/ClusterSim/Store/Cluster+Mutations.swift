public import KubeModel

/// Writing the store as the API server does: metadata bookkeeping (uid, resourceVersion,
/// generation, timestamps), deletion with grace periods and finalizers, and a notification to
/// every controller that watches the kind.
extension Cluster {
    /// Creates an object (defaulted first); a name from `generateName` gets a random suffix.
    @discardableResult
    public func create<T: StoredKind>(_ object: T) throws(APIError) -> T {
        var object = object
        object.applyDefaults()
        object.dropDisabledFields(from: nil, in: self)
        object.prepareForCreate(in: self)
        if T.isClusterScoped { object.metadata.namespace = nil }
        if (object.metadata.name ?? "").isEmpty, let prefix = object.metadata.generateName {
            object.metadata.name = prefix + random.nameSuffix()
        }
        let key = object.storeKey
        guard store[keyPath: T.table][key] == nil else {
            throw .alreadyExists(T.resourceName, key.name)
        }
        if admitsOnlyExistingNamespaces, !T.isClusterScoped {
            try admitNamespace(of: key)
        }
        counters.uid += 1
        counters.creation += 1
        object.metadata.uid = Self.uid(counters.uid)
        object.metadata.generation = 1
        object.metadata.creationTimestamp = nowTimestamp
        object.metadata.resourceVersion = nextResourceVersion()
        store[keyPath: T.table].insert(object, key: key, at: now, sequence: counters.creation)
        indexOwners(of: object, key: key)
        didChange(.added, object.resource, old: nil)
        return object
    }

    /// Replaces an object; `generation` goes up when the spec changed.
    @discardableResult
    public func update<T: StoredKind>(_ object: T) throws(APIError) -> T {
        var object = object
        let key = object.storeKey
        guard let old = store[keyPath: T.table][key] else {
            throw .notFound(T.resourceName, key.name)
        }
        object.prepareForUpdate(from: old)
        object.dropDisabledFields(from: old, in: self)
        if let refusal = object.refusesUpdate(from: old) { throw refusal }
        // Only a deletion sets these (upstream rest.BeforeUpdate): an update, such as a
        // re-applied manifest, cannot bring a deleted object back.
        object.metadata.deletionTimestamp = old.metadata.deletionTimestamp
        object.metadata.deletionGracePeriodSeconds = old.metadata.deletionGracePeriodSeconds
        object.metadata.uid = old.metadata.uid
        object.metadata.creationTimestamp = old.metadata.creationTimestamp
        let generation = old.metadata.generation ?? 1
        object.metadata.generation = object.hasSameSpec(as: old) ? generation : generation + 1
        object.metadata.resourceVersion = nextResourceVersion()
        if object.metadata.ownerReferences != old.metadata.ownerReferences {
            unindexOwners(of: old, key: key)
            indexOwners(of: object, key: key)
        }
        store[keyPath: T.table].replace(object, key: key)
        didChange(.modified, object.resource, old: old.resource)
        // A deleted object whose last finalizer was removed goes away now.
        if object.metadata.deletionTimestamp != nil, (object.metadata.finalizers ?? []).isEmpty,
            !object.holdsDeletion, !(object is Pod)
        {
            remove(T.self, key)
        }
        return object
    }

    /// Changes an object in place; the closure's changes are written back with `update`.
    @discardableResult
    public func modify<T: StoredKind>(
        _ type: T.Type, _ key: ObjectKey, _ change: (inout T) -> Void
    ) throws(APIError) -> T {
        guard var object = store[keyPath: T.table][key] else {
            throw .notFound(T.resourceName, key.name)
        }
        change(&object)
        return try update(object)
    }

    /// Deletes as `kubectl delete` does.
    ///
    /// Objects with finalizers, and pods on a node (which the
    /// kubelet stops gracefully), get a deletion timestamp first and disappear later.
    public func delete<T: StoredKind>(
        _ type: T.Type, _ key: ObjectKey, propagation: DeletionPropagation = .background,
        gracePeriodSeconds: Int? = nil
    ) throws(APIError) {
        guard var object = store[keyPath: T.table][key] else {
            throw .notFound(T.resourceName, key.name)
        }
        if object.metadata.deletionTimestamp != nil { return }
        var finalizers = object.metadata.finalizers ?? []
        switch propagation {
        case .foreground where !dependents(ofUID: object.metadata.uid ?? "").isEmpty:
            finalizers.append(DeletionPropagation.foregroundFinalizer)
        case .orphan where !dependents(ofUID: object.metadata.uid ?? "").isEmpty:
            finalizers.append(DeletionPropagation.orphanFinalizer)
        default:
            break
        }
        let pod = object as? Pod
        let graceful = pod.map { $0.spec.nodeName != nil && gracePeriodSeconds != 0 } ?? false
        guard !finalizers.isEmpty || graceful || object.holdsDeletion else {
            remove(T.self, key)
            return
        }
        object.prepareForDeletion()
        object.metadata.finalizers = finalizers.isEmpty ? nil : finalizers
        var grace = 0
        if let pod {
            // An unscheduled pod has nothing to stop: its grace is 0 (CheckGracefulDelete).
            grace =
                graceful ? gracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30 : 0
            object.metadata.deletionGracePeriodSeconds = grace
        }
        // rest.BeforeDelete: a graceful deletion's timestamp is its deadline, now + grace.
        object.metadata.deletionTimestamp =
            grace == 0 ? nowTimestamp : (now + .seconds(Double(grace))).timestamp
        object.metadata.resourceVersion = nextResourceVersion()
        let old = store[keyPath: T.table][key]
        store[keyPath: T.table].replace(object, key: key)
        didChange(.modified, object.resource, old: old?.resource)
    }

    /// Removes an object from the store at once (the end of every deletion).
    public func remove<T: StoredKind>(_ type: T.Type, _ key: ObjectKey) {
        guard let entry = store[keyPath: T.table].remove(key) else { return }
        unindexOwners(of: entry.object, key: key)
        didChange(.deleted, entry.object.resource, old: entry.object.resource)
    }

    /// NamespaceLifecycle admission (plugin/pkg/admission/namespace/lifecycle): no new object
    /// in a namespace that does not exist, or that is being deleted.
    private func admitNamespace(of key: ObjectKey) throws(APIError) {
        let namespaceKey = ObjectKey(kind: Namespace.kind, namespace: "", name: key.namespace)
        guard let namespace = store.namespaces[namespaceKey] else {
            throw .notFound(Namespace.resourceName, key.namespace)
        }
        if namespace.metadata.deletionTimestamp != nil {
            throw APIError(
                code: 403, reason: .forbidden,
                message: "unable to create new content in namespace \(key.namespace) because it "
                    + "is being terminated")
        }
    }

    private func nextResourceVersion() -> String {
        counters.resourceVersion += 1
        return String(counters.resourceVersion)
    }

    /// The uid the next created object gets (a Job's generated selector names it before it
    /// is stored, as upstream's registry does with the uid it has just set).
    var nextUID: String { Self.uid(counters.uid + 1) }

    private static func uid(_ counter: UInt64) -> String {
        let digits = String(counter)
        return "00000000-0000-4000-8000-" + String(repeating: "0", count: max(0, 12 - digits.count))
            + digits
    }

    private func indexOwners<T: StoredKind>(of object: T, key: ObjectKey) {
        for owner in object.metadata.ownerReferences ?? [] {
            dependents[owner.uid, default: []].append(key)
        }
    }

    private func unindexOwners<T: StoredKind>(of object: T, key: ObjectKey) {
        for owner in object.metadata.ownerReferences ?? [] {
            dependents[owner.uid]?.removeAll { $0 == key }
            if dependents[owner.uid]?.isEmpty == true { dependents[owner.uid] = nil }
        }
    }
}

/// How deleting an owner treats its dependents (`kubectl delete --cascade=...`).
public enum DeletionPropagation: String, Sendable {
    /// The owner goes now; the garbage collector deletes the dependents after.
    case background
    /// The dependents go first; the owner waits with the `foregroundDeletion` finalizer.
    case foreground
    /// The dependents stay, without the owner reference.
    case orphan

    static let foregroundFinalizer = "foregroundDeletion"
    static let orphanFinalizer = "orphan"
}

extension StoredKind {
    /// The key the store files this object under (cluster-scoped kinds have no namespace).
    public var storeKey: ObjectKey {
        ObjectKey(
            kind: Self.kind,
            namespace: Self.isClusterScoped ? "" : (metadata.namespace ?? "default"),
            name: metadata.name ?? "")
    }

    /// The resource name kubectl uses in messages: `pods`, `deployments.apps`.
    public static var resourceName: String {
        let plural = kind.hasSuffix("s") ? kind.lowercased() + "es" : kind.lowercased() + "s"
        let group = apiVersions.first.flatMap { version in
            version.contains("/") ? String(version.split(separator: "/")[0]) : nil
        }
        let name = kind == "Endpoints" ? "endpoints" : plural
        return group.map { "\(name).\($0)" } ?? name
    }
}
