import ClusterSim
import KubeModel

extension ScenarioRun {
    /// Checks expectations that start together.
    ///
    /// Each is checked now, within an interval (the step ends as soon as each holds), or
    /// throughout one (each judged at its first violation, the step lasting to the end of the
    /// longest interval). A check `throughout: until end` does not hold the
    /// step: it watches while the rest of the scenario runs.
    func expect(_ expectations: [Expectation], step: Step) {
        cluster.settle()
        let started = expectations.map { Watcher($0, step: step, in: self) }
        for watcher in started {
            if case .until(let milestone, _) = watcher.window, let empty = emptyInterval(milestone)
            {
                watcher.refuse(empty, in: self)
            } else {
                watchers.append(watcher)
                watcher.observe(in: self)
            }
        }
        watchers.removeAll { !$0.isOpen }
        let holding = started.filter { $0.isOpen && $0.blocksItsStep }
        guard !holding.isEmpty else { return }
        runClock(
            until: { holding.allSatisfy { !$0.isOpen } },
            timeout: holding.compactMap(\.deadline).max().map { $0 - cluster.now } ?? .zero)
    }

    /// Records a verdict and says it in the timeline.
    func record(_ result: ExpectationResult, brokenAt moment: VirtualTime?) {
        expectations.append(result)
        let mark = result.passed ? "✓" : "✗"
        // Said at the end of the interval: a broken `throughout` names its moment.
        let at = moment.map { " (at \($0))" } ?? ""
        say("  \(mark) \(result.title ?? result.expected): \(result.observed)\(at)")
    }

    /// Why a `throughout` up to `milestone` would watch nothing, if it would: the work it waits
    /// for was never started, or has already ended (`held from 71.5s to 71.5s` proves nothing).
    private func emptyInterval(_ milestone: Milestone) -> String? {
        let started: Bool
        switch milestone {
        case .end: return nil
        case .drainFinished(let node?): started = drains.records[node] != nil
        case .drainFinished(nil): started = !drains.order.isEmpty
        case .loadFinished(let name): started = loads[name] != nil
        }
        guard started else { return "nothing to wait for: \(milestone) names no running work" }
        guard reached(milestone) else { return nil }
        let when = endedAt(milestone).map { " at \($0)" } ?? ""
        return "the interval is empty: \(milestone.work) had ended\(when), before this check "
            + "started at \(cluster.now); watch it from a step before it ends"
    }

    private func endedAt(_ milestone: Milestone) -> VirtualTime? {
        switch milestone {
        case .drainFinished(let node?): drains.records[node]?.finished
        case .drainFinished(nil): drains.records.values.compactMap(\.finished).max()
        case .loadFinished(let name): loads[name]?.deadline
        case .end: nil
        }
    }

    func reached(_ milestone: Milestone) -> Bool {
        switch milestone {
        case .drainFinished(let node): !drains.running(node)
        case .loadFinished(let name): loads[name]?.isFinished(at: cluster.now) ?? true
        case .end: false
        }
    }

    /// The last timeline lines about `subjects`, as they would read in `kubectl get -w`, with
    /// the Warning events of the pods they own that are not Ready now (a Deployment whose pods
    /// cannot be scheduled or keep failing says why only through its pods' events; the probe
    /// failures of a start that went well are left out).
    func evidence(about subjects: [ObjectKey], limit: Int = 6) -> [String] {
        guard !subjects.isEmpty else { return [] }
        let wanted = Set(subjects)
        let owned = Set(
            subjects.flatMap(descendants).filter { key in
                key.kind == Pod.kind && cluster.get(Pod.self, key)?.isReady == false
            }
        ).subtracting(wanted)
        let lines = cluster.timeline.entries.filter { entry in
            guard let subject = entry.subject else { return false }
            return wanted.contains(subject)
                || (owned.contains(subject) && entry.category == .event
                    && entry.text.hasPrefix("Warning"))
        }
        return lines.suffix(limit).map { TimelineText.line($0) }
    }

    /// The objects `key` owns, through owner references all the way down (ReplicaSets, pods).
    private func descendants(of key: ObjectKey) -> [ObjectKey] {
        guard let uid = cluster.store.resource(key)?.object.metadata.uid else { return [] }
        let children = cluster.dependents(ofUID: uid)
        return children + children.flatMap(descendants)
    }
}

extension Milestone {
    /// The work the milestone waits for, in words.
    fileprivate var work: String {
        switch self {
        case .drainFinished(let node?): "the drain of \(node)"
        case .drainFinished(nil): "every drain"
        case .loadFinished(let name): "load \(name)"
        case .end: "the run"
        }
    }
}
