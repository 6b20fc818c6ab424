import KubeModel

/// What the deployment controller reads off a ReplicaSet (deployment_util.go helpers).
extension ReplicaSet {
    var specReplicas: Int { spec.replicas ?? 0 }
    var statusReplicas: Int { status?.replicas ?? 0 }
    var readyReplicaCount: Int { status?.readyReplicas ?? 0 }
    var availableReplicaCount: Int { status?.availableReplicas ?? 0 }

    /// Revision: the revision annotation as a number (0 when absent or not a number).
    var revisionNumber: Int {
        metadata.annotations?[DeploymentAnnotations.revision].flatMap { Int($0) } ?? 0
    }

    func intAnnotation(_ key: String) -> Int? {
        metadata.annotations?[key].flatMap { Int($0) }
    }
}

extension [ReplicaSet] {
    /// GetReplicaCountForReplicaSets: Σ spec.replicas.
    var specReplicaSum: Int { reduce(0) { $0 + $1.specReplicas } }
    /// GetActualReplicaCountForReplicaSets: Σ status.replicas.
    var statusReplicaSum: Int { reduce(0) { $0 + $1.statusReplicas } }
    /// GetReadyReplicaCountForReplicaSets.
    var readyReplicaSum: Int { reduce(0) { $0 + $1.readyReplicaCount } }
    /// GetAvailableReplicaCountForReplicaSets.
    var availableReplicaSum: Int { reduce(0) { $0 + $1.availableReplicaCount } }
    /// FilterActiveReplicaSets: those with pods wanted.
    var active: [ReplicaSet] { filter { $0.specReplicas > 0 } }
}
