import ClusterSim
import KubeModel

/// One expectation being watched over virtual time, at every settled instant.
///
/// `within` watches until it first holds, `throughout` until its window closes (judged at its
/// first violation). Several watch at once: the checks of one step share an interval, and a check `throughout: until end`
/// watches while every later step runs.
final class Watcher {
    /// When the watch ends.
    enum Window {
        /// Judged once, when the step runs.
        case now
        /// Until it holds, or fails at the deadline.
        case within(deadline: VirtualTime)
        /// Until the deadline; fails at its first violation.
        case throughout(deadline: VirtualTime)
        /// Until the milestone is reached (at most `Milestone.limit`), or the end of the run.
        case until(Milestone, limit: VirtualTime)
    }

    let expectation: Expectation
    let step: Step
    let window: Window
    let started: VirtualTime
    let memo: ConditionMemo
    /// The first moment a `throughout` did not hold.
    private(set) var violation: Verdict?
    /// The result, once the watch has ended.
    private(set) var result: ExpectationResult?

    /// What was seen at the moment of a verdict, with what explains it then.
    struct Verdict {
        var observation: Observation
        var time: VirtualTime
        var evidence: [String]
        var explanations: [Int]
    }

    init(_ expectation: Expectation, step: Step, in run: ScenarioRun) {
        self.expectation = expectation
        self.step = step
        let now = run.cluster.now
        started = now
        memo = ConditionMemo(expectation.condition, evaluator: run.evaluator)
        switch expectation.mode {
        case .now: window = .now
        case .within(let duration): window = .within(deadline: now + duration.time)
        case .throughout(let duration): window = .throughout(deadline: now + duration.time)
        case .throughoutUntil(let milestone):
            window = .until(milestone, limit: now + Milestone.limit)
        }
    }

    var isOpen: Bool { result == nil }

    /// The step waits for this watch to end (all but `until end`).
    var blocksItsStep: Bool {
        if case .until(.end, _) = window { return false }
        return true
    }

    /// The moment the watch must be looked at even if nothing happens then.
    var deadline: VirtualTime? {
        switch window {
        case .now: nil
        case .within(let deadline), .throughout(let deadline): deadline
        case .until(.end, _): nil
        case .until(_, let limit): limit
        }
    }

    /// Looks at a settled state; ends the watch when its verdict is reached.
    func observe(in run: ScenarioRun) {
        guard isOpen else { return }
        let now = run.cluster.now
        switch window {
        case .now:
            close(verdict(memo.evaluate(), in: run), in: run)
        case .within(let deadline):
            let observation = memo.evaluate()
            if observation.holds || now >= deadline {
                close(verdict(observation, in: run), in: run)
            }
        case .throughout(let deadline):
            watchForViolation(in: run)
            if now >= deadline { close(violation ?? verdict(memo.evaluate(), in: run), in: run) }
        case .until(let milestone, let limit):
            watchForViolation(in: run)
            if milestone != .end, run.reached(milestone) {
                var held = verdict(memo.evaluate(), in: run)
                held.observation.observed =
                    "held from \(started) to \(now); at the end: \(held.observation.observed)"
                close(violation ?? held, in: run)
            } else if milestone != .end, now >= limit {
                var missed = verdict(memo.evaluate(), in: run)
                missed.observation.holds = false
                missed.observation.observed =
                    "\(milestone) not reached within \(Milestone.limit); "
                    + "last: \(missed.observation.observed)"
                close(violation ?? missed, in: run)
            }
        }
    }

    /// Ends a watch that runs to the end of the run.
    func finish(in run: ScenarioRun) {
        guard isOpen else { return }
        guard run.cluster.now > started else {
            return refuse(
                "the interval is empty: the run ended at \(started), when this check started; "
                    + "watch from a step before what must not happen", in: run)
        }
        watchForViolation(in: run)
        var held = verdict(memo.evaluate(), in: run)
        held.observation.observed =
            "held from \(started) to \(run.cluster.now); at the end: \(held.observation.observed)"
        close(violation ?? held, in: run)
    }

    /// Fails at once: the interval it would watch is empty or names nothing.
    func refuse(_ observed: String, in run: ScenarioRun) {
        close(
            Verdict(
                observation: Observation(holds: false, observed: observed),
                time: run.cluster.now, evidence: [], explanations: []), in: run)
    }

    private func watchForViolation(in run: ScenarioRun) {
        guard violation == nil else { return }
        let observation = memo.evaluate()
        guard !observation.holds else { return }
        // The evidence covers what is observed now and what was counted when it last held
        // (pods since deleted).
        let before = memo.lastHeld?.subjects ?? []
        var moment = verdict(observation, in: run)
        moment.evidence = run.evidence(
            about: before + observation.subjects.filter { !before.contains($0) })
        violation = moment
    }

    private func verdict(_ observation: Observation, in run: ScenarioRun) -> Verdict {
        Verdict(
            observation: observation, time: run.cluster.now,
            evidence: run.evidence(about: observation.subjects),
            explanations: expectation.explanations.indices.filter {
                run.evaluator.evaluate(expectation.explanations[$0]).holds
            })
    }

    private func close(_ verdict: Verdict, in run: ScenarioRun) {
        var expected = ConditionText.describe(expectation.condition)
        switch expectation.mode {
        case .now: break
        case .within(let duration): expected += " within \(duration.text)"
        case .throughout(let duration): expected += " throughout \(duration.text)"
        case .throughoutUntil(let milestone): expected += " throughout, \(milestone)"
        }
        let result = ExpectationResult(
            step: step.number, id: expectation.id, title: expectation.title,
            passed: verdict.observation.holds, expected: expected,
            observed: verdict.observation.observed, time: verdict.time,
            evidence: verdict.evidence, location: step.location,
            explanations: verdict.explanations)
        self.result = result
        run.record(result, brokenAt: violation?.time)
    }
}
