public import KubeModel

/// The eviction subresource (`POST pods/x/eviction`), as the API server serves it
/// (pkg/registry/core/pod/storage/eviction.go).
extension Cluster {
    /// upstream `MaxDisruptedPodSize`.
    static let maxDisruptedPods = 2000

    /// Evicts a pod: deletes it with its grace period (or `gracePeriodSeconds`) unless a
    /// PodDisruptionBudget forbids it.
    ///
    /// Throws 429 `TooManyRequests` when the pod's budget allows no disruption, 500 when more
    /// than one budget covers the pod, 404 when there is no such pod. A successful eviction
    /// takes one disruption off the budget at once (`status.disruptedPods`).
    public func evict(pod key: ObjectKey, gracePeriodSeconds: Int? = nil) throws(APIError) {
        guard let pod = get(Pod.self, key) else { throw .notFound(Pod.resourceName, key.name) }
        let delete = { () throws(APIError) in
            try self.delete(Pod.self, key, gracePeriodSeconds: gracePeriodSeconds)
        }
        // canIgnorePDB: Succeeded, Failed and Pending pods, and pods already being deleted.
        let phase = pod.status?.phase ?? .pending
        if phase == .succeeded || phase == .failed || phase == .pending
            || pod.metadata.deletionTimestamp != nil
        {
            try delete()
            return
        }
        let budgets = DisruptionBudgets.matching(pod, in: self)
        if budgets.count > 1 {
            throw APIError(
                code: 500, reason: .internalError,
                message: "This pod has more than one PodDisruptionBudget, "
                    + "which the eviction subresource does not support.")
        }
        guard let budget = budgets.first else {
            try delete()
            return
        }
        if !pod.isReady {
            let status = budget.status
            let policy = budget.spec?.unhealthyPodEvictionPolicy ?? .ifHealthyBudget
            let healthyBudget =
                (status?.currentHealthy ?? 0) >= (status?.desiredHealthy ?? 0)
                && (status?.desiredHealthy ?? 0) > 0
            if policy == .alwaysAllow || healthyBudget {
                try delete()
                return
            }
        }
        try checkAndDecrement(budget, podName: key.name)
        try delete()
    }

    /// What upstream attaches to a 429 as its cause: `The disruption budget web needs 2
    /// healthy pods and has 2 currently`; nil when no single budget blocks the pod.
    public func disruptionBudgetCause(for key: ObjectKey) -> String? {
        guard let pod = get(Pod.self, key) else { return nil }
        let budgets = DisruptionBudgets.matching(pod, in: self)
        guard budgets.count == 1, let budget = budgets.first, let status = budget.status,
            status.disruptionsAllowed == 0
        else { return nil }
        return "The disruption budget \(budget.metadata.name ?? "") needs "
            + "\(status.desiredHealthy) healthy pods and has \(status.currentHealthy) currently"
    }

    // eviction.go checkAndDecrement.
    private func checkAndDecrement(
        _ budget: PodDisruptionBudget, podName: String
    ) throws(APIError) {
        let refusal = APIError(
            code: 429, reason: .tooManyRequests,
            message: "Cannot evict pod as it would violate the pod's disruption budget.")
        guard let status = budget.status,
            (status.observedGeneration ?? 0) >= (budget.metadata.generation ?? 1)
        else {
            // Cause upstream: "The disruption budget x is still being processed by the server."
            throw refusal
        }
        let name = budget.metadata.name ?? ""
        if status.disruptionsAllowed < 0 {
            throw APIError(
                code: 403, reason: .forbidden,
                message: "poddisruptionbudgets.policy \"\(name)\" is forbidden: "
                    + "pdb disruptions allowed is negative")
        }
        if (status.disruptedPods ?? [:]).count > Self.maxDisruptedPods {
            throw APIError(
                code: 403, reason: .forbidden,
                message: "poddisruptionbudgets.policy \"\(name)\" is forbidden: DisruptedPods "
                    + "map too big - too many evictions not confirmed by PDB controller")
        }
        if status.disruptionsAllowed == 0 { throw refusal }
        try modify(PodDisruptionBudget.self, budget.storeKey) { budget in
            guard var status = budget.status else { return }
            status.disruptionsAllowed -= 1
            if status.disruptionsAllowed == 0 {
                status.conditions = DisruptionBudgets.conditions(
                    status.conditions, allowed: false, reason: nil,
                    generation: budget.metadata.generation, now: now)
            }
            var disrupted = status.disruptedPods ?? [:]
            disrupted[podName] = nowTimestamp
            status.disruptedPods = disrupted
            budget.status = status
        }
    }
}
