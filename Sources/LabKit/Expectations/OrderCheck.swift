import ClusterSim
import KubeModel

/// Ordering expectations over the observer's history: creation order (optionally each after
/// the previous was Ready, as StatefulSet's OrderedReady policy guarantees) and deletion order.
struct OrderCheck {
    let observer: ScenarioObserver

    func created(_ objects: [ObjectReferenceText], afterReady: Bool) -> Observation {
        let keys = objects.map(\.key)
        var times: [String] = []
        for (index, key) in keys.enumerated() {
            guard let history = observer.history(of: key), let created = history.created else {
                return Observation(
                    holds: false, observed: "\(objects[index]) was never created", subjects: keys)
            }
            times.append("\(objects[index]) at \(created)")
            guard index > 0, let previous = observer.history(of: keys[index - 1]) else { continue }
            if previous.sequence > history.sequence {
                return Observation(
                    holds: false,
                    observed: "\(objects[index]) was created before \(objects[index - 1])",
                    subjects: keys)
            }
            if afterReady {
                guard let ready = previous.firstReady, ready <= created else {
                    return Observation(
                        holds: false,
                        observed: "\(objects[index]) was created at \(created), before "
                            + "\(objects[index - 1]) was Ready"
                            + (previous.firstReady.map { " (at \($0))" } ?? ""),
                        subjects: keys)
                }
            }
        }
        return Observation(holds: true, observed: times.joined(separator: ", "), subjects: keys)
    }

    /// `replaced: true`: the object exists now and is not the first of its name in this run
    /// (its uid changed: deleted, then created again); `replaced: false`: it exists and is.
    func replaced(_ object: ObjectReferenceText, expected: Bool) -> Observation {
        let key = object.key
        guard let history = observer.history(of: key), let created = history.created,
            history.deleted == nil
        else {
            return Observation(holds: false, observed: "\(object) does not exist", subjects: [key])
        }
        let times = history.incarnations
        let observed =
            times == 1
            ? "\(object) is the first of its name, created at \(created)"
            : "\(object) was created \(times) times, the latest at \(created) (replacing one "
                + "deleted at \(history.previousDeleted.map(\.description) ?? "?"))"
        return Observation(holds: (times > 1) == expected, observed: observed, subjects: [key])
    }

    func deleted(_ objects: [ObjectReferenceText]) -> Observation {
        let keys = objects.map(\.key)
        let order = observer.deletions
        var positions: [Int] = []
        for (index, key) in keys.enumerated() {
            guard let position = order.lastIndex(of: key) else {
                return Observation(
                    holds: false, observed: "\(objects[index]) was not deleted", subjects: keys)
            }
            positions.append(position)
        }
        let sorted = positions == positions.sorted()
        let actual = zip(positions, objects).sorted { $0.0 < $1.0 }.map(\.1.description)
        return Observation(
            holds: sorted, observed: "deleted in order " + actual.joined(separator: ", "),
            subjects: keys)
    }
}
