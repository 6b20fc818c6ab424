public import KubeModel

/// `deployment/order`, `deploy/order`, `pod/web-0`: how kubectl names one object.
public struct ObjectReferenceText: Sendable, Hashable, CustomStringConvertible {
    /// The canonical kind (`Deployment`).
    public var kind: String
    public var name: String
    public var namespace: String

    public init(kind: String, name: String, namespace: String = "default") {
        self.kind = kind
        self.name = name
        self.namespace = namespace
    }

    /// Parses `TYPE/NAME`; nil when the type is unknown or a part is empty.
    public init?(_ text: String, namespace: String = "default") {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].isEmpty, let kind = KindNames.kind(for: String(parts[0]))
        else { return nil }
        self.init(kind: kind, name: String(parts[1]), namespace: namespace)
    }

    public var key: ObjectKey {
        ObjectKey(
            kind: kind, namespace: KindNames.clusterScoped.contains(kind) ? "" : namespace,
            name: name)
    }

    public var description: String { "\(kind.lowercased())/\(name)" }
}

/// kubectl's resource names and short names for each kind the simulator stores.
public enum KindNames {
    static let aliases: [(String, [String])] = [
        ("Pod", ["pod", "pods", "po"]),
        ("Deployment", ["deployment", "deployments", "deploy"]),
        ("ReplicaSet", ["replicaset", "replicasets", "rs"]),
        ("StatefulSet", ["statefulset", "statefulsets", "sts"]),
        ("DaemonSet", ["daemonset", "daemonsets", "ds"]),
        ("Job", ["job", "jobs"]),
        ("Service", ["service", "services", "svc"]),
        ("Endpoints", ["endpoints", "ep"]),
        ("EndpointSlice", ["endpointslice", "endpointslices"]),
        ("PersistentVolumeClaim", ["persistentvolumeclaim", "persistentvolumeclaims", "pvc"]),
        ("PersistentVolume", ["persistentvolume", "persistentvolumes", "pv"]),
        ("StorageClass", ["storageclass", "storageclasses", "sc"]),
        (
            "HorizontalPodAutoscaler",
            ["horizontalpodautoscaler", "horizontalpodautoscalers", "hpa"]
        ),
        ("PodDisruptionBudget", ["poddisruptionbudget", "poddisruptionbudgets", "pdb"]),
        ("Node", ["node", "nodes", "no"]),
        ("Namespace", ["namespace", "namespaces", "ns"]),
        ("Ingress", ["ingress", "ingresses", "ing"]),
    ]

    static let clusterScoped: Set<String> = [
        "Node", "Namespace", "PersistentVolume", "StorageClass",
    ]

    /// The kind for a kubectl resource name (`deploy`, `deployments.apps`, `Deployment`).
    public static func kind(for name: String) -> String? {
        let base = name.split(separator: ".").first.map(String.init)?.lowercased() ?? ""
        return aliases.first { $0.1.contains(base) }?.0
    }
}
