import KubeModel

/// Deployment conditions with upstream's types, reasons and update rules
/// (deployment_util.go NewDeploymentCondition, SetDeploymentCondition).
enum DeploymentConditions {
    static let available = "Available"
    static let progressing = "Progressing"
    static let replicaFailure = "ReplicaFailure"

    static let minimumReplicasAvailable = "MinimumReplicasAvailable"
    static let minimumReplicasUnavailable = "MinimumReplicasUnavailable"
    static let newReplicaSetCreated = "NewReplicaSetCreated"
    static let foundNewReplicaSet = "FoundNewReplicaSet"
    static let replicaSetUpdated = "ReplicaSetUpdated"
    static let newReplicaSetAvailable = "NewReplicaSetAvailable"
    static let progressDeadlineExceeded = "ProgressDeadlineExceeded"
    static let paused = "DeploymentPaused"
    static let resumed = "DeploymentResumed"

    static func make(
        _ type: String, _ status: String, _ reason: String, _ message: String, at now: VirtualTime
    ) -> Condition {
        var condition = Condition(
            type: type, status: status, reason: reason, message: message,
            lastTransitionTime: now.timestamp)
        condition.lastUpdateTime = now.timestamp
        return condition
    }

    static func get(_ status: DeploymentStatus?, _ type: String) -> Condition? {
        status?.conditions?.first { $0.type == type }
    }

    /// SetDeploymentCondition: no change for the same status and reason; otherwise replace,
    /// keeping lastTransitionTime when the status is unchanged, and append at the end.
    static func set(_ status: inout DeploymentStatus, _ condition: Condition) {
        var condition = condition
        let current = get(status, condition.type)
        if let current, current.status == condition.status, current.reason == condition.reason {
            return
        }
        if let current, current.status == condition.status {
            condition.lastTransitionTime = current.lastTransitionTime
        }
        var conditions = (status.conditions ?? []).filter { $0.type != condition.type }
        conditions.append(condition)
        status.conditions = conditions
    }

    static func remove(_ status: inout DeploymentStatus, _ type: String) {
        status.conditions = status.conditions?.filter { $0.type != type }
        if status.conditions?.isEmpty == true { status.conditions = nil }
    }
}
