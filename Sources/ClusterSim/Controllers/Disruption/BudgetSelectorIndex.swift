import KubeModel

/// Finds the budgets whose selector matches a pod's labels without looking at every budget:
/// budgets are filed under one `key=value` of their `matchLabels` (or under nil when they have
/// none), so a pod only checks the budgets filed under its own labels.
struct BudgetSelectorIndex {
    /// One `key=value` of a selector's `matchLabels` (nil for selectors without any).
    private struct Label: Hashable {
        let key: String
        let value: String
    }

    private var buckets: [Label?: [ObjectKey]] = [:]

    init(_ budgets: [PodDisruptionBudget]) {
        for budget in budgets {
            guard let selector = budget.spec?.selector else { continue }
            let first = (selector.matchLabels ?? [:]).min { $0.key < $1.key }
            buckets[first.map { Label(key: $0.key, value: $0.value) }, default: []].append(
                budget.storeKey)
        }
    }

    /// The keys of the budgets in the pod's namespace whose selector matches its labels, in
    /// the order the budgets were created.
    func budgets(matching pod: Pod, in cluster: Cluster) -> [ObjectKey] {
        let labels = pod.metadata.labels ?? [:]
        let namespace = pod.storeKey.namespace
        // A budget is filed once and a pod has each label key once: no candidate repeats.
        var candidates = buckets[nil] ?? []
        for (key, value) in labels {
            candidates += buckets[Label(key: key, value: value)] ?? []
        }
        return candidates.filter { key in
            guard key.namespace == namespace else { return false }
            return cluster.read(PodDisruptionBudget.self, key) {
                $0.spec?.selector?.matches(labels) == true
            } == true
        }.sorted {
            (cluster.store.podDisruptionBudgets.sequence(of: $0) ?? 0)
                < (cluster.store.podDisruptionBudgets.sequence(of: $1) ?? 0)
        }
    }
}
