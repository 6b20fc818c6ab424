import KubeModel

/// What a ReplicaSet's sync needs of one pod it controls, read once from the stored pod in
/// place while claiming it (copying a hundred pods per sync was most of the sync's cost).
struct ClaimedPod {
    /// What the facts are computed against: the ReplicaSet's template labels, its
    /// `minReadySeconds`, and the instant of the sync.
    struct Context {
        let templateLabels: [String: String]
        let minReadySeconds: Int
        let now: VirtualTime

        init(_ replicaSet: ReplicaSet, now: VirtualTime) {
            templateLabels = replicaSet.spec.template.labels
            minReadySeconds = replicaSet.spec.minReadySeconds ?? 0
            self.now = now
        }
    }

    let key: ObjectKey
    /// IsPodActive: not finished and not being deleted.
    let active: Bool
    /// Carries every label of the template (`fullyLabeledReplicas`).
    let fullyLabeled: Bool
    let ready: Bool
    /// Ready, and for more than `minReadySeconds`.
    let available: Bool
    /// When a pod Ready since a known time becomes available, if that is still to come (only
    /// with `minReadySeconds`).
    let availableAt: VirtualTime?

    /// Whether `labels` carry every label of the template (`fullyLabeledReplicas`).
    static func carries(_ templateLabels: [String: String], _ labels: [String: String]) -> Bool {
        templateLabels.allSatisfy { labels[$0.key] == $0.value }
    }

    init(_ key: ObjectKey, _ pod: borrowing Pod, context: Context) {
        self.key = key
        active = PodAvailability.isActive(pod)
        let labels = pod.metadata.labels ?? [:]
        fullyLabeled = Self.carries(context.templateLabels, labels)
        ready = pod.isReady
        let minReadySeconds = context.minReadySeconds
        available =
            ready
            && PodAvailability.isAvailable(pod, minReadySeconds: minReadySeconds, now: context.now)
        if minReadySeconds > 0, let since = PodAvailability.readySince(pod) {
            let at = PodAvailability.availableAt(since: since, minReadySeconds: minReadySeconds)
            availableAt = at > context.now ? at : nil
        } else {
            availableAt = nil
        }
    }
}

/// Everything of a pod a ReplicaSet's sync reads to claim and count it (owner, labels,
/// activity, readiness and since when).
struct ClaimFacts: Equatable {
    let owners: [OwnerReference]?
    let labels: [String: String]?
    let active: Bool
    let ready: Condition?

    init(_ pod: borrowing Pod) {
        owners = pod.metadata.ownerReferences
        labels = pod.metadata.labels
        active = PodAvailability.isActive(pod)
        ready = pod.readyCondition
    }

    /// Whether two versions of a pod give the same facts, compared in place.
    static func same(_ old: borrowing Pod, _ new: borrowing Pod) -> Bool {
        PodAvailability.isActive(old) == PodAvailability.isActive(new)
            && old.metadata.ownerReferences == new.metadata.ownerReferences
            && old.metadata.labels == new.metadata.labels
            && old.readyCondition == new.readyCondition
    }
}
