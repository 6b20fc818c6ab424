/// Annotation keys the deployment controller and `kubectl rollout` share
/// (pkg/controller/deployment/util/deployment_util.go).
enum DeploymentAnnotations {
    static let revision = "deployment.kubernetes.io/revision"
    static let revisionHistory = "deployment.kubernetes.io/revision-history"
    static let desiredReplicas = "deployment.kubernetes.io/desired-replicas"
    static let maxReplicas = "deployment.kubernetes.io/max-replicas"
    static let changeCause = "kubernetes.io/change-cause"
    static let lastApplied = "kubectl.kubernetes.io/last-applied-configuration"
    static let rollbackTo = "deprecated.deployment.rollback.to"

    /// annotationsToSkip: never copied from a Deployment to its ReplicaSets.
    static let skipped: Set<String> = [
        lastApplied, revision, revisionHistory, desiredReplicas, maxReplicas, rollbackTo,
    ]

    /// upstream maxRevHistoryLengthInChars.
    static let maxRevisionHistoryLength = 2000
}
