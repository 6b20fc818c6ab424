import KubeModel
import OrderedCollections

/// Upstream's PriorityQueue (pkg/scheduler/internal/queue/scheduling_queue.go): an active
/// queue ordered by priority then arrival, a back-off queue (1 s doubling to 10 s per failed
/// attempt), and the unschedulable pool that cluster events, or 5 minutes, empty again.
final class SchedulingQueue {
    static let initialBackoff = VirtualTime.seconds(1)
    static let maxBackoff = VirtualTime.seconds(10)
    static let maxInUnschedulablePods = VirtualTime.seconds(300)

    private(set) var pods: [ObjectKey: QueuedPod] = [:]
    private var active = BinaryHeap<QueueEntry> { lhs, rhs in
        if lhs.priority != rhs.priority { return lhs.priority > rhs.priority }
        if lhs.time != rhs.time { return lhs.time < rhs.time }
        return lhs.sequence < rhs.sequence
    }
    private var backoff = BinaryHeap<QueueEntry> { lhs, rhs in
        lhs.time != rhs.time ? lhs.time < rhs.time : lhs.sequence < rhs.sequence
    }
    private(set) var unschedulable = OrderedSet<ObjectKey>()
    private var nextSequence: UInt64 = 0
    private var nextToken: UInt64 = 0
    private(set) var schedulingCycle: Int64 = 0
    private var moveRequestCycle: Int64 = -1

    var hasActive: Bool { activeHead != nil }
    var hasBackoff: Bool { !backoff.isEmpty }
    var earliestBackoffExpiry: VirtualTime? { backoff.first?.time }

    /// Adds a new pending pod to the active queue.
    func add(_ pod: Pod, at now: VirtualTime) {
        let key = pod.storeKey
        guard pods[key] == nil else { return }
        nextSequence += 1
        pods[key] = QueuedPod(
            key: key, priority: pod.spec.priority ?? 0, timestamp: now, sequence: nextSequence,
            location: .active)
        pushActive(key)
    }

    /// The next pod to try, now in flight.
    func pop(at now: VirtualTime) -> (QueuedPod, cycle: Int64)? {
        guard let key = activeHead else { return nil }
        _ = active.pop()
        schedulingCycle += 1
        pods[key]?.location = .inFlight
        pods[key]?.attempts += 1
        pods[key]?.lastAttempt = now
        guard let pod = pods[key] else { return nil }
        return (pod, schedulingCycle)
    }

    /// The scheduling attempt failed: back to the pool, or to back-off when an event arrived
    /// meanwhile or no plugin rejected it (an error).
    func requeue(
        _ key: ObjectKey, rejectedBy plugins: PluginSet, cycle: Int64, at now: VirtualTime
    ) {
        guard var pod = pods[key] else { return }
        pod.rejectedBy = plugins
        pod.timestamp = now
        pods[key] = pod
        if moveRequestCycle >= cycle || plugins.isEmpty {
            pushBackoff(key)
        } else {
            pods[key]?.location = .unschedulable
            unschedulable.append(key)
        }
    }

    /// The pod is bound, deleted, or no longer ours.
    func remove(_ key: ObjectKey) {
        guard let pod = pods.removeValue(forKey: key) else { return }
        if pod.location == .unschedulable { unschedulable.remove(key) }
    }

    /// A pending pod changed (say, a toleration was added): retry it if it was rejected.
    func podUpdated(_ pod: Pod, at now: VirtualTime) {
        let key = pod.storeKey
        guard let queued = pods[key] else { return }
        pods[key]?.priority = pod.spec.priority ?? queued.priority
        if queued.location == .unschedulable { move(key, at: now) }
    }

    /// Moves the rejected pods that `plugins` could now admit (upstream
    /// `MoveAllToActiveOrBackoffQueue`); `admits` pre-checks each pod.
    func moveAll(
        interestedIn plugins: PluginSet, at now: VirtualTime,
        admits: (ObjectKey) -> Bool = { _ in true }
    ) {
        for key in unschedulable {
            guard let pod = pods[key], !pod.rejectedBy.isDisjoint(with: plugins), admits(key)
            else { continue }
            move(key, at: now)
        }
        moveRequestCycle = schedulingCycle
    }

    /// Moves pods whose back-off has expired to the active queue (`flushBackoffQCompleted`).
    func flushBackoff(at now: VirtualTime) {
        while let entry = backoff.first, entry.time <= now {
            _ = backoff.pop()
            guard pods[entry.key]?.token == entry.token else { continue }
            pushActive(entry.key)
        }
    }

    /// Moves pods rejected more than 5 minutes ago (`flushUnschedulablePodsLeftover`).
    func flushUnschedulableLeftover(at now: VirtualTime) {
        for key in unschedulable {
            guard let pod = pods[key], now - pod.timestamp > Self.maxInUnschedulablePods
            else { continue }
            move(key, at: now)
        }
    }

    /// Upstream `calculateBackoffDuration`: 1 s, doubled per attempt after the first, 10 s max.
    func backoffExpiry(of pod: QueuedPod) -> VirtualTime {
        var duration = Self.initialBackoff
        for _ in 1..<max(1, pod.attempts) {
            if duration.milliseconds > Self.maxBackoff.milliseconds - duration.milliseconds {
                duration = Self.maxBackoff
                break
            }
            duration = duration + duration
        }
        return pod.lastAttempt + duration
    }

    private func move(_ key: ObjectKey, at now: VirtualTime) {
        guard let pod = pods[key] else { return }
        unschedulable.remove(key)
        if pod.attempts > 0, backoffExpiry(of: pod) > now {
            pushBackoff(key)
        } else {
            pushActive(key)
        }
    }

    private func pushActive(_ key: ObjectKey) {
        guard let pod = pods[key] else { return }
        nextToken += 1
        pods[key]?.token = nextToken
        pods[key]?.location = .active
        active.push(
            QueueEntry(
                key: key, token: nextToken, priority: pod.priority, time: pod.timestamp,
                sequence: pod.sequence))
    }

    private func pushBackoff(_ key: ObjectKey) {
        guard let pod = pods[key] else { return }
        nextToken += 1
        pods[key]?.token = nextToken
        pods[key]?.location = .backoff
        backoff.push(
            QueueEntry(
                key: key, token: nextToken, priority: pod.priority, time: backoffExpiry(of: pod),
                sequence: pod.sequence))
    }

    /// The first valid active entry, dropping stale ones.
    private var activeHead: ObjectKey? {
        while let entry = active.first {
            if let pod = pods[entry.key], pod.token == entry.token, pod.location == .active {
                return entry.key
            }
            _ = active.pop()
        }
        return nil
    }
}
