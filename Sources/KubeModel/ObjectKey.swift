/// Identifies an object the way the API server does: kind, namespace and name.
public struct ObjectKey: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var kind: String
    public var namespace: String
    public var name: String

    public init(kind: String, namespace: String = "default", name: String) {
        self.kind = kind
        self.namespace = namespace
        self.name = name
    }

    /// `deployment/order`, as kubectl names objects.
    public var description: String { "\(kind.lowercased())/\(name)" }

    public static func < (lhs: ObjectKey, rhs: ObjectKey) -> Bool {
        (lhs.kind, lhs.namespace, lhs.name) < (rhs.kind, rhs.namespace, rhs.name)
    }
}
