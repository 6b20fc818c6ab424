import KubeModel

/// What the disruption controller and the eviction subresource agree on: which budgets cover a
/// pod, what counts as healthy, and the `DisruptionAllowed` condition
/// (pkg/controller/disruption/disruption.go, pkg/apis/policy/helper).
enum DisruptionBudgets {
    /// upstream `DeletionTimeout`: an evicted pod not deleted within it counts healthy again.
    static let deletionTimeout = VirtualTime.seconds(120)
    static let conditionType = "DisruptionAllowed"

    /// The budgets of the pod's namespace whose selector matches it, oldest first.
    ///
    /// In
    /// policy/v1 a nil selector matches nothing and an empty one matches every pod.
    static func matching(_ pod: Pod, in cluster: Cluster) -> [PodDisruptionBudget] {
        if let controller = cluster.registered(DisruptionController.self) {
            return controller.budgets(matching: pod, in: cluster)
        }
        let labels = pod.metadata.labels ?? [:]
        return cluster.list(PodDisruptionBudget.self, namespace: pod.storeKey.namespace) {
            budget in
            guard let selector = budget.spec?.selector else { return false }
            return selector.matches(labels)
        }
    }

    /// The pods a budget covers (`getPodsForPdb`), oldest first.
    static func pods(of budget: PodDisruptionBudget, in cluster: Cluster) -> [Pod] {
        guard let selector = budget.spec?.selector else { return [] }
        return cluster.list(Pod.self, namespace: budget.storeKey.namespace, selector: selector)
    }

    /// `podutil.IsPodReady`.
    static func isReady(_ pod: Pod) -> Bool {
        pod.status?.conditions?.first { $0.type == "Ready" }?.status == "True"
    }

    /// `UpdateDisruptionAllowedCondition` (or the `SyncFailed` condition of `failSafe`):
    /// `lastTransitionTime` moves only when the status changes.
    static func conditions(
        _ old: [Condition]?, allowed: Bool, reason: String?, message: String? = nil,
        generation: Int?, now: VirtualTime
    ) -> [Condition] {
        let status = allowed ? "True" : "False"
        let previous = old?.first { $0.type == conditionType }
        var condition = Condition(
            type: conditionType, status: status,
            reason: reason ?? (allowed ? "SufficientPods" : "InsufficientPods"),
            message: message ?? "",
            lastTransitionTime: previous?.status == status
                ? previous?.lastTransitionTime : now.timestamp)
        condition.observedGeneration = generation
        var conditions = (old ?? []).filter { $0.type != conditionType }
        conditions.append(condition)
        return conditions
    }
}
