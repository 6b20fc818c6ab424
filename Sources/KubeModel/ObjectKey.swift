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

    /// Names tell keys apart; kind and namespace rarely do, so hashing only the name halves the
    /// cost of the simulator's many look-ups by key without making collisions common.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
    }

    public static func == (lhs: ObjectKey, rhs: ObjectKey) -> Bool {
        lhs.name == rhs.name && lhs.namespace == rhs.namespace && lhs.kind == rhs.kind
    }

    public static func < (lhs: ObjectKey, rhs: ObjectKey) -> Bool {
        (lhs.kind, lhs.namespace, lhs.name) < (rhs.kind, rhs.namespace, rhs.name)
    }
}
