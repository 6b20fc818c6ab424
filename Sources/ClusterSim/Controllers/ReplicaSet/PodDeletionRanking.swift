import KubeModel

/// Which pods a shrinking ReplicaSet deletes first: upstream's `ActivePodsWithRanks.Less`
/// (pkg/controller/controller_utils.go) with the default feature gates (PodDeletionCost and
/// LogarithmicScaleDown on), ranked by related pods on the same node
/// (pkg/controller/replicaset/replica_set.go getPodsRankedByRelatedPodsOnSameNode).
struct PodDeletionRanking {
    private struct Ranked {
        let pod: Pod
        let rank: Int
        let ready: Bool
        let readySince: VirtualTime?
        let created: VirtualTime?
        let index: Int
    }

    let now: VirtualTime

    /// getPodsToDelete: the first `count` pods of `pods` in deletion order.
    func podsToDelete(from pods: [Pod], related: [Pod], count: Int) -> [Pod] {
        guard count < pods.count else { return pods }
        var perNode: [String: Int] = [:]
        for pod in related where PodAvailability.isActive(pod) {
            perNode[pod.spec.nodeName ?? "", default: 0] += 1
        }
        let ranked = pods.enumerated().map { index, pod in
            Ranked(
                pod: pod, rank: perNode[pod.spec.nodeName ?? ""] ?? 0,
                ready: pod.isReady, readySince: PodAvailability.readySince(pod),
                created: pod.metadata.creationTimestamp.flatMap(VirtualTime.init(timestamp:)),
                index: index)
        }
        // The original index breaks remaining ties, so the order never depends on the sort.
        let sorted = ranked.sorted { lhs, rhs in
            if let less = deletesFirst(lhs, rhs) { return less }
            return lhs.index < rhs.index
        }
        return sorted.prefix(count).map(\.pod)
    }

    /// True when `lhs` goes before `rhs`, false when after, nil when they tie.
    private func deletesFirst(_ lhs: Ranked, _ rhs: Ranked) -> Bool? {
        let (left, right) = (lhs.pod, rhs.pod)
        // 1. Unassigned < assigned.
        let leftNode = left.spec.nodeName ?? ""
        let rightNode = right.spec.nodeName ?? ""
        if leftNode != rightNode, leftNode.isEmpty || rightNode.isEmpty { return leftNode.isEmpty }
        // 2. Pending < Unknown < Running.
        let leftPhase = Self.phaseOrdinal(left)
        let rightPhase = Self.phaseOrdinal(right)
        if leftPhase != rightPhase { return leftPhase < rightPhase }
        // 3. Not ready < ready.
        if lhs.ready != rhs.ready { return !lhs.ready }
        // 4. Lower pod-deletion-cost < higher.
        let leftCost = Self.deletionCost(left)
        let rightCost = Self.deletionCost(right)
        if leftCost != rightCost { return leftCost < rightCost }
        // 5. Doubled up (more related pods on the node) < not doubled up.
        if lhs.rank != rhs.rank { return lhs.rank > rhs.rank }
        // 6. Ready for less time < more time, in logarithmic buckets.
        if lhs.ready, rhs.ready, lhs.readySince != rhs.readySince {
            return compareTimes(lhs.readySince, rhs.readySince, lhs, rhs)
        }
        // 7. More container restarts < fewer.
        let leftRestarts = Self.maxRestarts(left)
        let rightRestarts = Self.maxRestarts(right)
        if leftRestarts != rightRestarts { return leftRestarts > rightRestarts }
        // 8. Newer < older, in logarithmic buckets.
        if lhs.created != rhs.created {
            return compareTimes(lhs.created, rhs.created, lhs, rhs)
        }
        return nil
    }

    /// afterOrZero, or logarithmicRankDiff when both times are known (ties by uid).
    private func compareTimes(
        _ left: VirtualTime?, _ right: VirtualTime?, _ lhs: Ranked, _ rhs: Ranked
    ) -> Bool {
        guard let left, let right else { return left == nil }
        let difference = Self.logRank(now - left) - Self.logRank(now - right)
        if difference == 0 {
            return (lhs.pod.metadata.uid ?? "") < (rhs.pod.metadata.uid ?? "")
        }
        return difference < 0
    }

    /// `int64(math.Log2(float64(duration)))` over nanoseconds; -1 when not positive.
    private static func logRank(_ duration: VirtualTime) -> Int {
        guard duration.milliseconds > 0 else { return -1 }
        return Double(duration.milliseconds * 1_000_000).exponent
    }

    private static func phaseOrdinal(_ pod: Pod) -> Int {
        switch pod.status?.phase ?? .pending {
        case .pending: 0
        case .unknown: 1
        case .running: 2
        // Finished phases are not in upstream's map, so they rank as 0.
        default: 0
        }
    }

    /// `controller.kubernetes.io/pod-deletion-cost`, 0 when absent or not a number.
    private static func deletionCost(_ pod: Pod) -> Int {
        pod.metadata.annotations?["controller.kubernetes.io/pod-deletion-cost"]
            .flatMap { Int($0) } ?? 0
    }

    private static func maxRestarts(_ pod: Pod) -> Int {
        (pod.status?.containerStatuses ?? []).map(\.restartCount).max() ?? 0
    }
}
