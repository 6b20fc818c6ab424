public import KubeModel
import OrderedCollections

/// Keeps every PodDisruptionBudget's status current: how many pods it expects, how many are
/// healthy, how many may be disrupted now (pkg/controller/disruption/disruption.go).
///
/// The eviction subresource reads that status to allow or refuse an eviction.
public final class DisruptionController: Controller {
    public let name = "disruption-controller"
    /// Budgets with a recheck already scheduled (an entry of `disruptedPods` expiring).
    var rechecks: [ObjectKey: VirtualTime] = [:]
    /// The pods each budget's selector matches, as facts taken from each pod change, so a sync
    /// reads neither the namespace nor the pods themselves (nil: rebuild at the next sync).
    var members: [ObjectKey: OrderedDictionary<ObjectKey, BudgetMember>] = [:]
    /// Budgets by selector label, rebuilt after a budget is added, removed or re-selected.
    var selectorIndex: BudgetSelectorIndex?

    public init() {}

    public func keys(for change: StoreChange, in cluster: Cluster) -> [ObjectKey] {
        switch change.resource {
        case .podDisruptionBudget(let budget):
            // A new selector needs a new membership; this controller's own status writes do not.
            if case .podDisruptionBudget(let old)? = change.old,
                old.spec?.selector == budget.spec?.selector, change.verb != .deleted
            {
                return [change.key]
            }
            members[change.key] = nil
            selectorIndex = nil
            return [change.key]
        case .pod(let pod):
            // addPod, updatePod, deletePod: the budgets of the new and the old labels; not when
            // the change kept the labels and every fact a budget reads of its pod.
            if change.verb == .modified, case .pod(let old)? = change.old,
                old.metadata.labels == pod.metadata.labels, BudgetMember.sameFacts(old, pod)
            {
                return []
            }
            let index = index(in: cluster)
            let current = change.verb == .deleted ? [] : index.budgets(matching: pod, in: cluster)
            var keys = current
            if case .pod(let old) = change.old {
                for budget in index.budgets(matching: old, in: cluster) where !keys.contains(budget)
                {
                    keys.append(budget)
                }
            }
            for budget in keys {
                if current.contains(budget) {
                    members[budget]?[change.key] = BudgetMember(pod)
                } else {
                    members[budget]?.removeValue(forKey: change.key)
                }
            }
            return keys
        case .replicaSet, .deployment, .statefulSet:
            // Their scale is the expected count of percentage and maxUnavailable budgets: wake
            // the budgets whose selector matches the workload's pods when the scale or the
            // finders' inputs moved (not on the workload's own status writes).
            guard !Self.sameScale(change) else { return [] }
            let labels = change.resource.podTemplate?.metadata?.labels ?? [:]
            return cluster.list(PodDisruptionBudget.self, namespace: change.key.namespace) {
                $0.spec?.selector?.matches(labels) == true
            }.map(\.storeKey)
        default:
            return []
        }
    }

    public func sync(_ key: ObjectKey, in cluster: Cluster) {
        guard let budget = cluster.get(PodDisruptionBudget.self, key) else {
            rechecks[key] = nil
            return
        }
        let pods = pods(of: budget, in: cluster)
        if pods.isEmpty {
            cluster.record(
                .normal, "NoPods", "No matching pods found", about: key, from: name)
        }
        let status: PodDisruptionBudgetStatus
        do throws(DisruptionError) {
            status = try self.status(of: budget, pods: pods, in: cluster)
        } catch {
            failSafe(budget, error.message, in: cluster)
            return
        }
        guard status != budget.status else { return }
        _ = try? cluster.modify(PodDisruptionBudget.self, key) { $0.status = status }
    }

    /// The budgets whose selector matches `pod`, oldest first, from the selector index.
    func budgets(matching pod: Pod, in cluster: Cluster) -> [PodDisruptionBudget] {
        index(in: cluster).budgets(matching: pod, in: cluster).compactMap {
            cluster.get(PodDisruptionBudget.self, $0)
        }
    }

    private func index(in cluster: Cluster) -> BudgetSelectorIndex {
        if let selectorIndex { return selectorIndex }
        let index = BudgetSelectorIndex(cluster.list(PodDisruptionBudget.self))
        selectorIndex = index
        return index
    }

    /// `getPodsForPdb`, from the membership index (built by one scan the first time).
    private func pods(of budget: PodDisruptionBudget, in cluster: Cluster) -> BudgetMembers {
        let key = budget.storeKey
        if let known = members[key] { return known.values }
        let pods = DisruptionBudgets.pods(of: budget, in: cluster)
        let known = OrderedDictionary(
            uniqueKeys: pods.map(\.storeKey), values: pods.map { BudgetMember($0) })
        members[key] = known
        return known.values
    }

    /// Whether a workload change left what a budget's expected count reads as it was: the
    /// scale, the template labels and the owner references the finders follow.
    private static func sameScale(_ change: StoreChange) -> Bool {
        guard change.verb == .modified, let old = change.old else { return false }
        return old.replicas == change.resource.replicas
            && old.podTemplate?.metadata?.labels == change.resource.podTemplate?.metadata?.labels
            && old.metadata.ownerReferences == change.resource.metadata.ownerReferences
    }

    /// `failSafe`: no disruption allowed, and a `SyncFailed` condition saying why.
    private func failSafe(_ budget: PodDisruptionBudget, _ message: String, in cluster: Cluster) {
        var status =
            budget.status
            ?? PodDisruptionBudgetStatus(
                disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0)
        status.disruptionsAllowed = 0
        status.conditions = DisruptionBudgets.conditions(
            status.conditions, allowed: false, reason: "SyncFailed", message: message,
            generation: budget.metadata.generation, now: cluster.now)
        guard status != budget.status else { return }
        _ = try? cluster.modify(PodDisruptionBudget.self, budget.storeKey) { $0.status = status }
    }

    /// Wakes the budget when its earliest `disruptedPods` entry expires.
    func recheck(_ key: ObjectKey, at time: VirtualTime, in cluster: Cluster) {
        if let scheduled = rechecks[key], scheduled <= time, scheduled > cluster.now { return }
        rechecks[key] = time
        cluster.schedule(at: time) { [self] cluster in
            guard rechecks[key] == time else { return }
            rechecks[key] = nil
            cluster.enqueue(key, for: self)
        }
    }
}
