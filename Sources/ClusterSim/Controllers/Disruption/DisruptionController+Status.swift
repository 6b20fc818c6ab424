import KubeModel
import OrderedCollections

/// `trySync`, `getExpectedPodCount`, `getExpectedScale`, `buildDisruptedPodMap`,
/// `countHealthyPods`, `updatePdbStatus` (pkg/controller/disruption/disruption.go).
extension DisruptionController {
    func status(
        of budget: PodDisruptionBudget, pods: BudgetMembers, in cluster: Cluster
    ) throws(DisruptionError) -> PodDisruptionBudgetStatus {
        let (expected, desired) = try expectedCount(budget, pods: pods, in: cluster)
        let (disrupted, recheckAt) = disruptedPods(budget, pods: pods, now: cluster.now)
        let healthy = pods.count { pod in
            guard !pod.deleting else { return false }
            if !disrupted.isEmpty,
                let since = disrupted[pod.name].flatMap(VirtualTime.init(timestamp:)),
                since + DisruptionBudgets.deletionTimeout > cluster.now
            {
                return false
            }
            return pod.ready
        }
        if let recheckAt { recheck(budget.storeKey, at: recheckAt, in: cluster) }
        var allowed = healthy - desired
        if expected <= 0 || allowed <= 0 { allowed = 0 }
        var status = PodDisruptionBudgetStatus(
            disruptionsAllowed: allowed, currentHealthy: healthy, desiredHealthy: desired,
            expectedPods: expected)
        status.observedGeneration = budget.metadata.generation
        status.disruptedPods = disrupted.isEmpty ? nil : disrupted
        status.conditions = DisruptionBudgets.conditions(
            budget.status?.conditions, allowed: allowed > 0, reason: nil,
            generation: budget.metadata.generation, now: cluster.now)
        return status
    }

    /// Integer `minAvailable`: the matching pods; a percentage or any `maxUnavailable`: the
    /// scale of their controllers, percentages rounded up.
    private func expectedCount(
        _ budget: PodDisruptionBudget, pods: BudgetMembers, in cluster: Cluster
    ) throws(DisruptionError) -> (expected: Int, desired: Int) {
        let namespace = budget.storeKey.namespace
        if let maxUnavailable = budget.spec?.maxUnavailable {
            let expected = try expectedScale(pods, namespace: namespace, in: cluster)
            let unavailable = try scaled(maxUnavailable, of: expected)
            return (expected, max(0, expected - unavailable))
        }
        guard let minAvailable = budget.spec?.minAvailable else { return (0, 0) }
        if case .int(let value) = minAvailable { return (pods.count, value) }
        let expected = try expectedScale(pods, namespace: namespace, in: cluster)
        return (expected, try scaled(minAvailable, of: expected))
    }

    private func scaled(_ value: IntOrString, of total: Int) throws(DisruptionError) -> Int {
        guard let result = value.scaledValue(total: total, roundUp: true) else {
            throw DisruptionError(message: "invalid value for IntOrString: invalid value \(value)")
        }
        return result
    }

    /// Σ scale of the pods' controllers, each counted once (pods in the budget's `namespace`).
    ///
    /// Pods without a controller are ignored (upstream's "unmanaged pods").
    private func expectedScale(
        _ pods: BudgetMembers, namespace: String, in cluster: Cluster
    ) throws(DisruptionError) -> Int {
        var counted: Set<String> = []
        // Pods of one ReplicaSet share its owner: look each owner up once (upstream caches
        // the finders' results per controller the same way).
        var seenOwners: Set<String> = []
        var previousOwner: String?
        var total = 0
        for pod in pods {
            guard let owner = pod.controller, owner.uid != previousOwner else { continue }
            previousOwner = owner.uid
            guard seenOwners.insert(owner.uid).inserted else { continue }
            guard let (uid, scale) = Self.scale(of: owner, namespace: namespace, in: cluster)
            else {
                throw DisruptionError(message: "found no controllers for pod \"\(pod.name)\"")
            }
            guard counted.insert(uid).inserted else { continue }
            total += scale
        }
        return total
    }

    /// The finders: a ReplicaSet's Deployment, a ReplicaSet, a StatefulSet.
    private static func scale(
        of owner: OwnerReference, namespace: String, in cluster: Cluster
    ) -> (String, Int)? {
        switch owner.kind {
        case ReplicaSet.kind:
            guard let set = cluster.get(ReplicaSet.self, owner.name, namespace: namespace),
                set.metadata.uid == owner.uid
            else { return nil }
            if let parent = set.metadata.ownerReferences?.first(where: { $0.controller == true }),
                parent.kind == Deployment.kind
            {
                guard
                    let deployment = cluster.get(
                        Deployment.self, parent.name, namespace: namespace),
                    deployment.metadata.uid == parent.uid
                else { return nil }
                return (parent.uid, deployment.spec.replicas ?? 1)
            }
            return (owner.uid, set.spec.replicas ?? 1)
        case StatefulSet.kind:
            guard let set = cluster.get(StatefulSet.self, owner.name, namespace: namespace),
                set.metadata.uid == owner.uid
            else { return nil }
            return (owner.uid, set.spec.replicas ?? 1)
        default:
            return nil
        }
    }

    /// Entries of `disruptedPods` still pending: the pod exists, is not deleting, and its
    /// eviction is younger than two minutes; and when the oldest of them expires.
    private func disruptedPods(
        _ budget: PodDisruptionBudget, pods: BudgetMembers, now: VirtualTime
    ) -> ([String: String], VirtualTime?) {
        guard let old = budget.status?.disruptedPods, !old.isEmpty else { return ([:], nil) }
        var result: [String: String] = [:]
        var recheck: VirtualTime?
        for pod in pods where !pod.deleting {
            let name = pod.name
            guard let text = old[name], let since = VirtualTime(timestamp: text) else { continue }
            let expiry = since + DisruptionBudgets.deletionTimeout
            guard expiry > now else { continue }
            result[name] = text
            recheck = min(recheck ?? expiry, expiry)
        }
        return (result, recheck)
    }
}
