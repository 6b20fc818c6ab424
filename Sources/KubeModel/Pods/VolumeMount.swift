/// Where a pod volume appears inside a container.
public struct VolumeMount: Codable, Sendable, Hashable {
    public var name: String
    public var mountPath: String
    public var readOnly: Bool?
    public var recursiveReadOnly: String?
    public var subPath: String?
    public var subPathExpr: String?
    public var mountPropagation: String?

    public init(name: String, mountPath: String) {
        self.name = name
        self.mountPath = mountPath
    }
}
