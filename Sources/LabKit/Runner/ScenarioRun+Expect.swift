import ClusterSim
import KubeModel

extension ScenarioRun {
    /// Checks an expectation now, within an interval (stopping as soon as it holds), or
    /// throughout an interval (at every event, stopping at the first violation).
    func expect(_ expectation: Expectation, step: Step) {
        let condition = expectation.condition
        let evaluator = evaluator
        var expected = ConditionText.describe(condition)
        var observation: Observation
        switch expectation.mode {
        case .now:
            observation = evaluator.evaluate(condition)
        case .within(let duration):
            expected += " within \(duration.text)"
            _ = cluster.run(
                until: { _ in evaluator.evaluate(condition).holds }, timeout: duration.time)
            observation = evaluator.evaluate(condition)
        case .throughout(let duration):
            expected += " throughout \(duration.text)"
            let deadline = cluster.now + duration.time
            let violated = cluster.run(
                until: { _ in !evaluator.evaluate(condition).holds }, timeout: duration.time)
            observation = evaluator.evaluate(condition)
            if violated, !observation.holds {
                observation.observed = "at \(cluster.now): \(observation.observed)"
                cluster.run(until: deadline)
            }
        }
        let result = ExpectationResult(
            step: step.number, id: expectation.id, title: expectation.title,
            passed: observation.holds, expected: expected, observed: observation.observed,
            time: cluster.now, evidence: evidence(about: observation.subjects),
            location: step.location)
        expectations.append(result)
        let mark = result.passed ? "✓" : "✗"
        say("  \(mark) \(expectation.title ?? expected): \(observation.observed)")
    }

    /// The last timeline lines about `subjects`, as they would read in `kubectl get -w`.
    func evidence(about subjects: [ObjectKey], limit: Int = 6) -> [String] {
        guard !subjects.isEmpty else { return [] }
        let wanted = Set(subjects)
        let lines = cluster.timeline.entries.filter { entry in
            entry.subject.map(wanted.contains) ?? false
        }
        return lines.suffix(limit).map { TimelineText.line($0) }
    }
}
