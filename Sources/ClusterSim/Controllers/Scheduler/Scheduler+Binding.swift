import KubeModel
import OrderedCollections

/// The end of an attempt: bind the pod (`Scheduled`), or record why it stays Pending
/// (`FailedScheduling`) and put it back in the queue (pkg/scheduler/schedule_one.go).
extension Scheduler {
    /// Reserves the node in the cache; binds now, or once WaitForFirstConsumer claims are bound.
    func assume(
        _ pod: Pod, on nodeName: String, cycle: SchedulingCycle, number: Int64, in cluster: Cluster
    ) {
        let delayed = cycle.volumes?.delayedClaims ?? []
        guard !delayed.isEmpty else {
            bind(pod.storeKey, to: nodeName, in: cluster)
            return
        }
        cache.upsertPod(pod, nodeName: nodeName, assumed: true)
        waitingOnVolumes[pod.storeKey] = VolumeWait(
            node: nodeName, claims: delayed, cycle: number,
            deadline: cluster.now + VolumeWait.bindTimeout)
        selectNode(nodeName, for: delayed, in: cluster)
        cluster.schedule(after: VolumeWait.bindTimeout) { [weak self] cluster in
            self?.volumeBindingTimedOut(pod.storeKey, in: cluster)
        }
        bindIfVolumesReady(pod.storeKey, in: cluster)
    }

    /// The binding subresource: `spec.nodeName` and condition PodScheduled True.
    func bind(_ key: ObjectKey, to nodeName: String, in cluster: Cluster) {
        waitingOnVolumes.removeValue(forKey: key)
        let now = cluster.nowTimestamp
        let bound = try? cluster.modify(Pod.self, key) { pod in
            pod.spec.nodeName = nodeName
            pod.setCondition(Condition(type: "PodScheduled", status: "True"), at: now)
        }
        queue.remove(key)
        guard bound != nil else {
            cache.removePod(key)
            return
        }
        cluster.record(
            .normal, "Scheduled",
            "Successfully assigned \(key.namespace)/\(key.name) to \(nodeName)",
            about: key, from: name)
    }

    /// PodScheduled False with the reason, a FailedScheduling event, and back to the queue.
    func fail(
        _ pod: Pod, message: String, reason: String, rejectedBy plugins: PluginSet, cycle: Int64,
        in cluster: Cluster
    ) {
        let key = pod.storeKey
        let condition = Condition(
            type: "PodScheduled", status: "False", reason: reason, message: message)
        if pod.needsCondition(condition) {
            let now = cluster.nowTimestamp
            _ = try? cluster.modify(Pod.self, key) { $0.setCondition(condition, at: now) }
        }
        cluster.record(.warning, "FailedScheduling", message, about: key, from: name)
        queue.requeue(key, rejectedBy: plugins, cycle: cycle, at: cluster.now)
    }
}

extension Pod {
    /// Whether `condition` differs from the pod's condition of that type (upstream
    /// `UpdatePodCondition` writes only then).
    fileprivate func needsCondition(_ condition: Condition) -> Bool {
        guard let current = status?.conditions?.first(where: { $0.type == condition.type })
        else { return true }
        return current.status != condition.status || current.reason != condition.reason
            || current.message != condition.message
    }

    /// Sets a condition; `lastTransitionTime` moves only when the status changes.
    fileprivate mutating func setCondition(_ condition: Condition, at now: String) {
        var status = self.status ?? PodStatus(phase: .pending)
        if status.phase == nil { status.phase = .pending }
        var conditions = status.conditions ?? []
        var updated = condition
        if let index = conditions.firstIndex(where: { $0.type == condition.type }) {
            let old = conditions[index]
            updated.lastTransitionTime =
                old.status == condition.status ? old.lastTransitionTime : now
            conditions[index] = updated
        } else {
            updated.lastTransitionTime = now
            conditions.append(updated)
        }
        status.conditions = conditions
        self.status = status
    }
}
