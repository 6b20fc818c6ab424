import ClusterSim

extension ScenarioRun {
    /// Moves the virtual clock for `timeout`, or until `stop` holds at a settled instant; every
    /// expectation being watched looks at each settled instant on the way, and the clock pauses
    /// at each one's deadline so that no watch sees past its end.
    @discardableResult
    func runClock(until stop: (() -> Bool)? = nil, timeout: VirtualTime) -> Bool {
        let deadline = cluster.now + timeout
        while true {
            let pause = watchers.compactMap(\.deadline).filter { $0 > cluster.now }
                .reduce(deadline) { min($0, $1) }
            let stopped = cluster.run(
                until: { _ in
                    self.observeWatchers()
                    return stop?() ?? false
                }, timeout: pause - cluster.now)
            if stopped { return true }
            if cluster.now >= deadline { return false }
        }
    }

    private func observeWatchers() {
        guard !watchers.isEmpty else { return }
        for watcher in watchers { watcher.observe(in: self) }
        watchers.removeAll { !$0.isOpen }
    }
}
