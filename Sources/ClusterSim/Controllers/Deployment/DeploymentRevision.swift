/// One line of `kubectl rollout history deployment/NAME`: a ReplicaSet's revision.
public struct DeploymentRevision: Sendable, Hashable {
    public var revision: Int
    /// The `kubernetes.io/change-cause` annotation; kubectl prints `<none>` when nil.
    public var changeCause: String?
    /// The ReplicaSet that holds this revision's template.
    public var replicaSetName: String
    /// The template's container images, in order (`nginx:1.25,sidecar:2`).
    public var images: [String]

    public init(revision: Int, changeCause: String?, replicaSetName: String, images: [String]) {
        self.revision = revision
        self.changeCause = changeCause
        self.replicaSetName = replicaSetName
        self.images = images
    }
}
