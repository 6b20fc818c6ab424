/// The `metadata` every object carries (`metav1.ObjectMeta`).
///
/// `name` is optional here so that a missing name is reported by validation, in upstream words,
/// rather than as a decoding error.
public struct ObjectMeta: Codable, Sendable, Hashable {
    public var name: String?
    public var generateName: String?
    public var namespace: String?
    public var labels: [String: String]?
    public var annotations: [String: String]?
    public var uid: String?
    public var resourceVersion: String?
    public var generation: Int?
    public var creationTimestamp: String?
    public var deletionTimestamp: String?
    public var deletionGracePeriodSeconds: Int?
    public var ownerReferences: [OwnerReference]?
    public var finalizers: [String]?
    /// Present in `kubectl get -o yaml` output that students copy; never interpreted.
    public var managedFields: [OpaqueValue]?
    public var selfLink: String?

    public init(
        name: String? = nil,
        namespace: String? = nil,
        labels: [String: String]? = nil,
        annotations: [String: String]? = nil
    ) {
        self.name = name
        self.namespace = namespace
        self.labels = labels
        self.annotations = annotations
    }
}
