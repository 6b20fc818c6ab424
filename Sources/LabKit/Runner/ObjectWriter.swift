import ClusterSim
import KubeModel
import KubeYAML

/// Writes objects as `kubectl apply` does: create when absent, otherwise replace the spec and
/// keep what the server owns (status, and the bookkeeping the store keeps itself).
struct ObjectWriter {
    let cluster: Cluster

    /// `deployment.apps/order created`, `... configured`, `... unchanged`.
    func apply(_ object: LoadedObject, file: String) throws(APIError) -> String {
        do {
            return try apply(object.resource)
        } catch  where cluster.store.resource(object.resource.storeKey) == nil {
            // kubectl apply names the file of an object it could not create.
            var wrapped = error
            wrapped.message = "error when creating \"\(file)\": " + error.message
            throw wrapped
        }
    }

    func apply(_ resource: KubeResource) throws(APIError) -> String {
        switch resource {
        case .pod(let object): try apply(object)
        case .deployment(let object): try apply(object)
        case .replicaSet(let object): try apply(object)
        case .statefulSet(let object): try apply(object)
        case .daemonSet(let object): try apply(object)
        case .job(let object): try apply(object)
        case .service(let object): try apply(object)
        case .endpoints(let object): try apply(object)
        case .endpointSlice(let object): try apply(object)
        case .persistentVolumeClaim(let object): try apply(object)
        case .persistentVolume(let object): try apply(object)
        case .storageClass(let object): try apply(object)
        case .horizontalPodAutoscaler(let object): try apply(object)
        case .podDisruptionBudget(let object): try apply(object)
        case .node(let object): try apply(object)
        case .namespace(let object): try apply(object)
        case .ingress(let object): try apply(object)
        }
    }

    private func apply<T: StoredKind>(_ object: T) throws(APIError) -> String {
        let name = "\(T.kubectlName)/\(object.metadata.name ?? "")"
        guard let existing = cluster.get(T.self, object.storeKey) else {
            try cluster.create(object)
            return "\(name) created"
        }
        var updated = object
        updated.metadata.ownerReferences = existing.metadata.ownerReferences
        updated.metadata.finalizers = existing.metadata.finalizers
        updated.keepStatus(of: existing)
        updated.prepareForUpdate(from: existing)
        var comparable = updated
        comparable.metadata = existing.metadata
        if comparable == existing { return "\(name) unchanged" }
        try cluster.update(updated)
        return "\(name) configured"
    }
}

extension StoredKind {
    /// `deployment.apps`, `pod`: how kubectl names the kind in messages.
    static var kubectlName: String {
        let group = resourceName.split(separator: ".", maxSplits: 1).dropFirst().first
        return kind.lowercased() + (group.map { ".\($0)" } ?? "")
    }

    /// Copies the server-owned status from `other` (kinds without status keep nothing).
    mutating func keepStatus(of other: Self) {
        if var pod = self as? Pod, let old = other as? Pod {
            pod.status = old.status
            if let same = pod as? Self { self = same }
        } else if var value = self as? Deployment, let old = other as? Deployment {
            value.status = old.status
            if let same = value as? Self { self = same }
        } else if var value = self as? ReplicaSet, let old = other as? ReplicaSet {
            value.status = old.status
            if let same = value as? Self { self = same }
        } else if var value = self as? StatefulSet, let old = other as? StatefulSet {
            value.status = old.status
            if let same = value as? Self { self = same }
        } else if var value = self as? DaemonSet, let old = other as? DaemonSet {
            value.status = old.status
            if let same = value as? Self { self = same }
        } else if var value = self as? Job, let old = other as? Job {
            value.status = old.status
            if let same = value as? Self { self = same }
        } else if var value = self as? Service, let old = other as? Service {
            value.status = old.status
            if let same = value as? Self { self = same }
        } else if var value = self as? PersistentVolumeClaim,
            let old = other as? PersistentVolumeClaim
        {
            value.status = old.status
            value.spec.volumeName = value.spec.volumeName ?? old.spec.volumeName
            if let same = value as? Self { self = same }
        } else if var value = self as? HorizontalPodAutoscaler,
            let old = other as? HorizontalPodAutoscaler
        {
            value.status = old.status
            if let same = value as? Self { self = same }
        } else if var value = self as? Node, let old = other as? Node {
            value.status = old.status
            if let same = value as? Self { self = same }
        } else if var value = self as? Namespace, let old = other as? Namespace {
            value.status = old.status
            if let same = value as? Self { self = same }
        }
    }
}
