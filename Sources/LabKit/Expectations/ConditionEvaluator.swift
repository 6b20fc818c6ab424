import ClusterSim
import Foundation
import KubeModel

/// Evaluates conditions against the cluster as it is now, with the history the observer kept
/// and the loads started so far.
struct ConditionEvaluator {
    let cluster: Cluster
    let observer: ScenarioObserver
    let loads: LoadBook
    let drains: DrainTracker
    let json: JSONCache

    func evaluate(_ condition: Condition) -> Observation {
        switch condition {
        case .object(let target, let field, let comparison, let exists):
            return object(target, field: field, comparison: comparison, exists: exists)
        case .pods(let query, let count):
            let (counted, selected) = matchingPods(query)
            return Observation(
                holds: count.holds(for: .number(Double(counted.count))),
                observed: "\(counted.count) pod\(counted.count == 1 ? "" : "s")"
                    + (counted.isEmpty
                        ? "" : ": " + counted.map(\.name).joined(separator: ", ")),
                subjects: selected)
        case .event(let query, let exists):
            return event(query, exists: exists)
        case .load(let name, let metrics):
            return load(name, metrics)
        case .resolves(let name, let namespace):
            let answers = cluster.resolve(name, namespace: namespace)
            return Observation(
                holds: !answers.isEmpty,
                observed: answers.isEmpty
                    ? "\(name): NXDOMAIN"
                    : "\(name) → " + answers.map(\.description).joined(separator: ", "),
                subjects: answers)
        case .createdInOrder(let objects, let afterReady):
            return OrderCheck(observer: observer).created(objects, afterReady: afterReady)
        case .deletedInOrder(let objects):
            return OrderCheck(observer: observer).deleted(objects)
        case .rolloutComplete(let target):
            return RolloutCheck(cluster: cluster).status(target)
        case .drain(let node, let outcome):
            return drain(node, outcome)
        case .nodes(let query, let count):
            let nodes = matchingNodes(query)
            return Observation(
                holds: count.holds(for: .number(Double(nodes.count))),
                observed: "\(nodes.count) node\(nodes.count == 1 ? "" : "s")"
                    + (nodes.isEmpty
                        ? "" : ": " + nodes.map(\.storeKey.name).joined(separator: ", ")),
                subjects: nodes.map(\.storeKey))
        }
    }

    private func object(
        _ target: ObjectReferenceText, field: FieldPath?, comparison: Comparison?, exists: Bool
    ) -> Observation {
        let key = target.key
        guard let resource = cluster.store.resource(key) else {
            return Observation(
                holds: !exists && field == nil, observed: "\(target) not found",
                subjects: [key])
        }
        guard let field, let comparison else {
            return Observation(holds: exists, observed: "\(target) exists", subjects: [key])
        }
        let value = json.value(of: resource, at: field)
        return Observation(
            holds: comparison.holds(for: value),
            observed: "\(field) = \(value?.text ?? "<none>")", subjects: [key])
    }

    /// The pods the query counts, and every pod of its selector.
    ///
    /// The evidence is about all of them: those not counted (Pending, not Ready, Terminating)
    /// are usually why the count is wrong. Read in place: `throughout` evaluates this after
    /// most events.
    func matchingPods(_ query: PodQuery) -> (counted: [ObjectKey], selected: [ObjectKey]) {
        var counted: [ObjectKey] = []
        var selected: [ObjectKey] = []
        cluster.forEach(Pod.self, namespace: query.namespace) { pod in
            guard query.selector.matches(pod.metadata.labels ?? [:]) else { return }
            selected.append(pod.storeKey)
            if let phase = query.phase, (pod.status?.phase?.rawValue ?? "Pending") != phase {
                return
            }
            if let ready = query.ready, pod.isReady != ready { return }
            counted.append(pod.storeKey)
        }
        return (counted, selected)
    }

    private func event(_ query: EventQuery, exists: Bool) -> Observation {
        let matches = cluster.events.filter { event in
            event.reason == query.reason
                && (query.object.map { $0.key == event.object } ?? true)
                && (query.type.map { $0 == event.type.rawValue } ?? true)
                && (query.message.map { event.message.contains($0) } ?? true)
        }
        let observed =
            matches.last.map {
                "\(matches.count) event\(matches.count == 1 ? "" : "s"), last at \($0.time): "
                    + "\($0.reason) \($0.object) \($0.message)"
            } ?? "no \(query.reason) event"
        return Observation(
            holds: matches.isEmpty != exists, observed: observed,
            subjects: Array(Set(matches.map(\.object))).sorted())
    }

    private func load(_ name: String, _ metrics: [LoadMetric: Comparison]) -> Observation {
        guard let generator = loads[name] else {
            return Observation(holds: false, observed: "no load named \"\(name)\" was started")
        }
        let report = generator.report(at: cluster.now)
        var holds = true
        var parts: [String] = []
        for metric in LoadMetric.allCases {
            guard let comparison = metrics[metric] else { continue }
            let value: Double
            switch metric {
            case .availability: value = report.roundedAvailability
            case .transactions: value = Double(report.transactions)
            case .successful: value = Double(report.successful)
            case .failed: value = Double(report.failed)
            }
            holds = holds && comparison.holds(for: .number(value))
            parts.append("\(metric.rawValue) \(Comparison.number(value))")
        }
        return Observation(holds: holds, observed: parts.joined(separator: ", "))
    }

    /// The object as JSON values, as `kubectl get -o json` would show it.
    static func json(of object: any KubeObject) -> OpaqueValue? {
        try? OpaqueValueEncoder().encode(object)
    }
}

extension OpaqueValue {
    /// The value at `path`, or nil when a step of it is absent.
    func value(at path: FieldPath) -> OpaqueValue? {
        var current = self
        for component in path.components {
            switch (component, current) {
            case (.key(let key), .object(let members)):
                guard let next = members[key] else { return nil }
                current = next
            case (.index(let index), .array(let items)) where items.indices.contains(index):
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }
}
