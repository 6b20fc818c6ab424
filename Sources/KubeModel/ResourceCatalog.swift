/// The apiVersion/kind pairs LabKit understands, and what to say about the ones it does not.
public struct ResourceType: Sendable {
    public let apiVersion: String
    public let kind: String
    /// Decodes the wire form for this apiVersion (defaulting and validation come after).
    public let decode: @Sendable (any Decoder) throws -> any KubeObject

    init<T: KubeObject>(_ type: T.Type, apiVersion: String) {
        self.apiVersion = apiVersion
        self.kind = T.kind
        self.decode = { try T(from: $0) }
    }
}

public enum ResourceCatalog {
    /// Every served pair, in the order the course meets them.
    public static let all: [ResourceType] = [
        ResourceType(Pod.self, apiVersion: "v1"),
        ResourceType(Service.self, apiVersion: "v1"),
        ResourceType(Endpoints.self, apiVersion: "v1"),
        ResourceType(EndpointSlice.self, apiVersion: "discovery.k8s.io/v1"),
        ResourceType(PersistentVolumeClaim.self, apiVersion: "v1"),
        ResourceType(PersistentVolume.self, apiVersion: "v1"),
        ResourceType(Node.self, apiVersion: "v1"),
        ResourceType(Namespace.self, apiVersion: "v1"),
        ResourceType(Deployment.self, apiVersion: "apps/v1"),
        ResourceType(ReplicaSet.self, apiVersion: "apps/v1"),
        ResourceType(StatefulSet.self, apiVersion: "apps/v1"),
        ResourceType(DaemonSet.self, apiVersion: "apps/v1"),
        ResourceType(Job.self, apiVersion: "batch/v1"),
        ResourceType(StorageClass.self, apiVersion: "storage.k8s.io/v1"),
        ResourceType(HorizontalPodAutoscalerV1.self, apiVersion: "autoscaling/v1"),
        ResourceType(HorizontalPodAutoscaler.self, apiVersion: "autoscaling/v2"),
        ResourceType(PodDisruptionBudget.self, apiVersion: "policy/v1"),
        ResourceType(Ingress.self, apiVersion: "networking.k8s.io/v1"),
    ]

    /// `kind: List` holds `items`, each an object of its own.
    public static let listKind = "List"

    public enum Lookup: Sendable {
        case found(ResourceType)
        /// The kind exists, but not in this apiVersion; `servedVersion` is the one to use.
        case unservedVersion(kind: String, servedVersion: String)
        /// No such kind; `suggestion` is a known kind spelled nearly the same.
        case unknownKind(suggestion: String?)
    }

    public static func lookup(apiVersion: String, kind: String) -> Lookup {
        if let type = all.first(where: { $0.apiVersion == apiVersion && $0.kind == kind }) {
            return .found(type)
        }
        if let type = all.last(where: { $0.kind == kind }) {
            return .unservedVersion(kind: kind, servedVersion: type.apiVersion)
        }
        let kinds = all.map(\.kind) + [listKind]
        if let exact = kinds.first(where: { $0.lowercased() == kind.lowercased() }) {
            return .unknownKind(suggestion: exact)
        }
        return .unknownKind(suggestion: kinds.closest(to: kind))
    }
}

extension Array where Element == String {
    /// The element within a small edit distance of `word`, if any: for "did you mean".
    public func closest(to word: String) -> String? {
        let limit = Swift.max(1, word.count / 3)
        let scored = map { ($0, $0.lowercased().editDistance(to: word.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= limit else { return nil }
        return best.0
    }
}

extension Array where Element == String {
    /// The element at the smallest edit distance from `word`, at most `limit` away (the first
    /// of equally near ones): "did you mean" for names a student types (`hap` for `hpa`).
    public func closest(to word: String, within limit: Int) -> String? {
        let scored = map { ($0, $0.lowercased().editDistance(to: word.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= limit else { return nil }
        return best.0
    }
}

extension String {
    /// Levenshtein distance over Unicode scalars.
    public func editDistance(to other: String) -> Int {
        let a = Array(unicodeScalars)
        let b = Array(other.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
