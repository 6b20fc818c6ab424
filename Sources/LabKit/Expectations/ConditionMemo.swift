import ClusterSim

/// One condition's last observation, reused while nothing it reads has changed.
///
/// `within`, `throughout` and `wait` evaluate their condition after every event, and most
/// events (a siege request, a metrics sample) change no stored object and record no Event. A
/// condition over the store and its Events sees the same thing until the store or the Event list
/// changes, so its observation is kept until one of them does; conditions over loads and drains,
/// which move on their own, are evaluated every time.
final class ConditionMemo {
    private let condition: Condition
    private let evaluator: ConditionEvaluator
    private let readsOnlyStore: Bool
    private var last: (stamp: Stamp, observation: Observation)?
    /// The last observation that held: what a `throughout` lost at its violation (the pods
    /// that were counted and are gone now).
    private(set) var lastHeld: Observation?

    /// What the observation depended on: the store's change count and the number of Events.
    private struct Stamp: Equatable {
        var changes: Int
        var events: Int
    }

    init(_ condition: Condition, evaluator: ConditionEvaluator) {
        self.condition = condition
        self.evaluator = evaluator
        self.readsOnlyStore = condition.readsOnlyStore
    }

    func evaluate() -> Observation {
        guard readsOnlyStore else { return remember(evaluator.evaluate(condition)) }
        let stamp = Stamp(
            changes: evaluator.observer.changeCount, events: evaluator.cluster.events.count)
        if let last, last.stamp == stamp { return last.observation }
        let observation = remember(evaluator.evaluate(condition))
        last = (stamp, observation)
        return observation
    }

    private func remember(_ observation: Observation) -> Observation {
        if observation.holds { lastHeld = observation }
        return observation
    }
}

extension Condition {
    /// True when the condition is a function of the stored objects, their change history and
    /// the recorded Events only (nothing that moves with time alone).
    var readsOnlyStore: Bool {
        switch self {
        case .object, .replaced, .pods, .event, .resolves, .createdInOrder, .deletedInOrder,
            .rolloutComplete, .nodes, .endpoints:
            true
        case .load, .drain, .probes:
            false
        case .all(let conditions):
            conditions.allSatisfy(\.readsOnlyStore)
        }
    }
}
