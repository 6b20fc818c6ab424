/// The queue's periodic work (pkg/scheduler/internal/queue/scheduling_queue.go `Run`): every
/// second, pods whose back-off expired become active; every 30 s, pods unschedulable for more
/// than 5 minutes are retried. Ticks are only scheduled while there is work for them.
extension Scheduler {
    static let backoffFlushPeriod = VirtualTime.seconds(1)
    static let leftoverFlushPeriod = VirtualTime.seconds(30)

    func armTimers(_ cluster: Cluster) {
        armBackoffFlush(cluster)
        armLeftoverFlush(cluster)
    }

    /// The first tick of `period` (counted from the scheduler's start) at or after `time`.
    private func tick(atOrAfter time: VirtualTime, period: VirtualTime) -> VirtualTime {
        let since = max(0, (time - startTime).milliseconds)
        let periods = (since + period.milliseconds - 1) / period.milliseconds
        return startTime + VirtualTime(milliseconds: periods * period.milliseconds)
    }

    private func armBackoffFlush(_ cluster: Cluster) {
        guard let expiry = queue.earliestBackoffExpiry else { return }
        let at = tick(atOrAfter: max(expiry, cluster.now), period: Self.backoffFlushPeriod)
        guard scheduledBackoffTicks.insert(at.milliseconds).inserted else { return }
        cluster.schedule(at: at) { [weak self] cluster in
            guard let self else { return }
            self.scheduledBackoffTicks.remove(at.milliseconds)
            self.queue.flushBackoff(at: cluster.now)
            self.wake(cluster)
            self.armBackoffFlush(cluster)
        }
    }

    private func armLeftoverFlush(_ cluster: Cluster) {
        guard !leftoverFlushScheduled, !queue.unschedulable.isEmpty else { return }
        leftoverFlushScheduled = true
        let at = tick(
            atOrAfter: cluster.now + VirtualTime(milliseconds: 1), period: Self.leftoverFlushPeriod)
        cluster.schedule(at: at) { [weak self] cluster in
            guard let self else { return }
            self.leftoverFlushScheduled = false
            self.queue.flushUnschedulableLeftover(at: cluster.now)
            self.wake(cluster)
            self.armTimers(cluster)
        }
    }
}
