import KubeModel

/// A ReplicaSet's status counts over the pods it controls, kept up to date from each pod change
/// between syncs, so that a sync with nothing to adopt, release or delete costs O(1) instead of a
/// pass over its pods (a Deployment of a hundred pods syncs on every change of any of them).
///
/// The counts hold for the context they were taken in: the ReplicaSet's uid, selector and
/// template labels. A sync that finds another context, or `minReadySeconds` (availability that
/// changes with time), counts the pods themselves.
struct ReplicaSetTally {
    struct Counts: Equatable {
        var active = 0
        var fullyLabeled = 0
        var ready = 0
        /// Pods it owns that its selector no longer matches: a sync must release them.
        var unmatched = 0
    }

    let uid: String
    let selector: LabelSelector
    let templateLabels: [String: String]
    private(set) var counts = Counts()

    init(_ replicaSet: ReplicaSet) {
        uid = replicaSet.metadata.uid ?? ""
        selector = replicaSet.spec.selector
        templateLabels = replicaSet.spec.template.labels
    }

    /// Whether the counts were taken against this ReplicaSet as it is now.
    func fits(_ replicaSet: ReplicaSet) -> Bool {
        uid == replicaSet.metadata.uid && (replicaSet.spec.minReadySeconds ?? 0) == 0
            && selector == replicaSet.spec.selector
            && templateLabels == replicaSet.spec.template.labels
    }

    /// Counts a pod in (`sign` 1) or out (-1), if this ReplicaSet controls it.
    mutating func add(_ pod: ClaimFacts, sign: Int) {
        guard PodAvailability.controllerOf(owners: pod.owners)?.uid == uid else { return }
        let labels = pod.labels ?? [:]
        guard selector.matches(labels) else {
            counts.unmatched += sign
            return
        }
        guard pod.active else { return }
        counts.active += sign
        if ClaimedPod.carries(templateLabels, labels) { counts.fullyLabeled += sign }
        if pod.ready?.status == "True" { counts.ready += sign }
    }
}
