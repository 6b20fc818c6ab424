import ClusterSim
import KubeModel

extension ScenarioRun {
    /// Checks an expectation now, within an interval (stopping as soon as it holds), or
    /// throughout an interval (at every event, stopping at the first violation).
    func expect(_ expectation: Expectation, step: Step) {
        let condition = expectation.condition
        let evaluator = evaluator
        let memo = ConditionMemo(condition, evaluator: evaluator)
        var expected = ConditionText.describe(condition)
        var observation: Observation
        // A broken `throughout` is judged at the violation, with the evidence of that moment,
        // though time runs on to the end of the interval for the steps after it.
        var violation: Violation?
        switch expectation.mode {
        case .now:
            observation = evaluator.evaluate(condition)
        case .within(let duration):
            expected += " within \(duration.text)"
            _ = cluster.run(until: { _ in memo.evaluate().holds }, timeout: duration.time)
            observation = memo.evaluate()
        case .throughout(let duration):
            expected += " throughout \(duration.text)"
            let deadline = cluster.now + duration.time
            let violated = cluster.run(
                until: { _ in !memo.evaluate().holds }, timeout: duration.time)
            observation = memo.evaluate()
            if violated, !observation.holds {
                violation = Violation(observation, memo: memo, at: cluster.now, in: self)
                cluster.run(until: deadline)
            }
        case .throughoutUntil(let milestone):
            expected += " throughout, \(milestone)"
            (observation, violation) = throughout(memo, until: milestone)
        }
        var result = ExpectationResult(
            step: step.number, id: expectation.id, title: expectation.title,
            passed: observation.holds, expected: expected, observed: observation.observed,
            time: violation?.time ?? cluster.now,
            evidence: violation?.evidence ?? evidence(about: observation.subjects),
            location: step.location)
        if !result.passed {
            result.explanations = expectation.explanations.indices.filter {
                evaluator.evaluate(expectation.explanations[$0]).holds
            }
        }
        expectations.append(result)
        let mark = result.passed ? "✓" : "✗"
        // Said at the end of the interval: a broken `throughout` names its moment.
        let moment = violation.map { " (at \($0.time))" } ?? ""
        say("  \(mark) \(expectation.title ?? expected): \(observation.observed)\(moment)")
    }

    /// Checks `condition` after every event until `milestone`; the verdict fails at the first
    /// violation, or when the milestone is not reached within `Milestone.limit`.
    private func throughout(_ memo: ConditionMemo, until milestone: Milestone)
        -> (Observation, Violation?)
    {
        let started = cluster.now
        guard startedMilestone(milestone) else {
            let nothing = "nothing to wait for: \(milestone) names no running work"
            return (Observation(holds: false, observed: nothing), nil)
        }
        _ = cluster.run(
            until: { _ in !memo.evaluate().holds || self.reached(milestone) },
            timeout: Milestone.limit)
        var observation = memo.evaluate()
        if !observation.holds {
            let violation = Violation(observation, memo: memo, at: cluster.now, in: self)
            let left = started + Milestone.limit - cluster.now
            _ = cluster.run(until: { _ in self.reached(milestone) }, timeout: left)
            return (observation, violation)
        } else if !reached(milestone) {
            observation.holds = false
            observation.observed =
                "\(milestone) not reached within \(Milestone.limit); last: \(observation.observed)"
        } else {
            observation.observed =
                "held from \(started) to \(cluster.now); at the end: \(observation.observed)"
        }
        return (observation, nil)
    }

    /// The work a milestone waits for was started by an earlier step.
    private func startedMilestone(_ milestone: Milestone) -> Bool {
        switch milestone {
        case .drainFinished(let node?): drains.records[node] != nil
        case .drainFinished(nil): !drains.order.isEmpty
        case .loadFinished(let name): loads[name] != nil
        }
    }

    func reached(_ milestone: Milestone) -> Bool {
        switch milestone {
        case .drainFinished(let node): !drains.running(node)
        case .loadFinished(let name): loads[name]?.isFinished(at: cluster.now) ?? true
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

/// The first moment a `throughout` expectation did not hold, and what the timeline said then
/// about what it observes now and what it observed when it last held (pods since deleted).
struct Violation {
    let time: VirtualTime
    let evidence: [String]

    init(_ observation: Observation, memo: ConditionMemo, at time: VirtualTime, in run: ScenarioRun)
    {
        self.time = time
        let before = memo.lastHeld?.subjects ?? []
        let subjects = before + observation.subjects.filter { !before.contains($0) }
        self.evidence = run.evidence(about: subjects)
    }
}
