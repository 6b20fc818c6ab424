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
        case .object(let selection, let field, let comparison, let exists):
            return object(selection, field: field, comparison: comparison, exists: exists)
        case .pods(let query, let count):
            let (counted, selected) = matchingPods(query)
            return Observation(
                holds: count.holds(for: .number(Double(counted.count))),
                observed: Self.count(
                    counted.map(\.name), "pod", qualifier: query.nodeText.map { " on nodes \($0)" })
                    + (query.owner.flatMap(missing).map { " (\($0))" } ?? ""),
                subjects: selected)
        case .event(let query, let exists):
            return event(query, exists: exists)
        case .load(let name, let metrics):
            return load(name, metrics)
        case .resolves(let name, let namespace, let answer):
            return resolves(name, namespace: namespace, to: answer)
        case .replaced(let target, let replaced):
            return OrderCheck(observer: observer).replaced(target, expected: replaced)
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
                observed: Self.count(nodes.map(\.storeKey.name), "node"),
                subjects: nodes.map(\.storeKey))
        case .endpoints(let service, let count):
            return endpoints(service, count: count)
        case .probes(let query, let results):
            return probes(query, results)
        case .all(let conditions):
            let parts = conditions.map(evaluate)
            return Observation(
                holds: parts.allSatisfy(\.holds),
                observed: parts.map(\.observed).joined(separator: "; "),
                subjects: parts.flatMap(\.subjects))
        }
    }

    /// `3 pods: a, b, c`, `0 nodes`.
    static func count(
        _ names: [String], _ noun: String, plural: String? = nil, qualifier: String? = nil
    ) -> String {
        "\(names.count) \(names.count == 1 ? noun : plural ?? noun + "s")\(qualifier ?? "")"
            + (names.isEmpty ? "" : ": " + names.joined(separator: ", "))
    }

    private func object(
        _ selection: ObjectSelection, field: ValuePath?, comparison: Comparison?, exists: Bool
    ) -> Observation {
        guard case .related(let related, let owner) = selection else {
            let target = selection.anchor
            let key = target.key
            guard let resource = cluster.store.resource(key) else {
                return Observation(
                    holds: !exists && field == nil, observed: "\(target) not found",
                    subjects: [key])
            }
            guard let field else {
                return Observation(holds: exists, observed: "\(target) exists", subjects: [key])
            }
            let (holds, text) = compare(json.values(of: resource, at: field), comparison, exists)
            return Observation(holds: holds, observed: "\(field) = \(text)", subjects: [key])
        }
        let members = self.members(related, of: owner)
        guard !members.isEmpty else {
            return Observation(
                holds: !exists && field == nil,
                observed: (related == .pvc ? nil : missing(owner)) ?? related.none(of: owner),
                subjects: [owner.key])
        }
        let names = members.map { "\(related.memberPrefix)/\($0.name)" }
        guard let field else {
            return Observation(
                holds: exists,
                observed: names.joined(separator: ", ")
                    + (members.count == 1 ? " exists" : " exist"),
                subjects: members)
        }
        var holds = true
        var parts: [String] = []
        for (key, name) in zip(members, names) {
            guard let resource = cluster.store.resource(key) else { continue }
            let (held, text) = compare(json.values(of: resource, at: field), comparison, exists)
            holds = holds && held
            parts.append("\(name): \(field) = \(text)")
        }
        return Observation(holds: holds, observed: parts.joined(separator: "; "), subjects: members)
    }

    /// Whether the values at a field compare (each of them, for `[*]`), or exist when there is
    /// no comparison; and how they read.
    private func compare(_ values: [OpaqueValue?], _ comparison: Comparison?, _ exists: Bool)
        -> (Bool, String)
    {
        let text =
            values.isEmpty ? "[]" : values.map { $0?.text ?? "<none>" }.joined(separator: ", ")
        guard let comparison else {
            let present = !values.isEmpty && values.allSatisfy { $0 != nil }
            let absent = values.allSatisfy { $0 == nil }
            return (exists ? present : absent, text)
        }
        return (!values.isEmpty && values.allSatisfy(comparison.holds(for:)), text)
    }

    /// The objects related to `owner` in the cluster, by name.
    func members(_ related: RelatedObjects, of owner: ObjectReferenceText) -> [ObjectKey] {
        if related == .pvc { return claims(ofPod: owner) }
        guard let resource = cluster.store.resource(owner.key) else { return [] }
        var found: [ObjectKey] = []
        switch related {
        case .hpa:
            cluster.forEach(HorizontalPodAutoscaler.self, namespace: owner.namespace) { hpa in
                if related.relates(.horizontalPodAutoscaler(hpa), to: resource) {
                    found.append(hpa.storeKey)
                }
            }
        case .pdb:
            cluster.forEach(PodDisruptionBudget.self, namespace: owner.namespace) { budget in
                if related.relates(.podDisruptionBudget(budget), to: resource) {
                    found.append(budget.storeKey)
                }
            }
        case .pods:
            guard let selector = resource.selector else { return [] }
            cluster.forEach(Pod.self, namespace: owner.namespace) { pod in
                if selector.matches(pod.metadata.labels ?? [:]) { found.append(pod.storeKey) }
            }
        case .pvc:
            break
        case .newReplicaSet, .oldReplicaSets:
            guard case .deployment(let deployment) = resource else { return [] }
            let (new, old) = cluster.allReplicaSets(ofDeployment: deployment)
            // Old ones oldest first, as FindOldReplicaSets lists them.
            return related == .newReplicaSet
                ? new.map { [$0.storeKey] } ?? [] : old.map(\.storeKey)
        }
        return found.sorted { $0.name < $1.name }
    }

    /// A StatefulSet pod's own claims by upstream's naming, whether the pod exists or not;
    /// once its StatefulSet is gone too, the claims named `<anything>-<pod>`.
    private func claims(ofPod pod: ObjectReferenceText) -> [ObjectKey] {
        let sets = cluster.list(StatefulSet.self, namespace: pod.namespace)
        let names = RelatedObjects.claimNames(ofPod: pod.name, sets: sets).map(Set.init)
        var found: [ObjectKey] = []
        cluster.forEach(PersistentVolumeClaim.self, namespace: pod.namespace) { claim in
            let name = claim.metadata.name ?? ""
            if names?.contains(name) ?? name.hasSuffix("-" + pod.name) {
                found.append(claim.storeKey)
            }
        }
        return found.sorted { $0.name < $1.name }
    }

    /// "deployment/order not found" when the object something is found through is missing.
    func missing(_ owner: ObjectReferenceText) -> String? {
        cluster.store.resource(owner.key) == nil ? "\(owner) not found" : nil
    }

    /// The pods the query counts, and every pod of its selector.
    ///
    /// The evidence is about all of them: those not counted (Pending, not Ready, Terminating)
    /// are usually why the count is wrong. Read in place: `throughout` evaluates this at every
    /// settled instant.
    func matchingPods(_ query: PodQuery) -> (counted: [ObjectKey], selected: [ObjectKey]) {
        var selector = query.selector
        if let owner = query.owner {
            guard let ownerSelector = cluster.store.resource(owner.key)?.selector else {
                return ([], [])
            }
            selector = ownerSelector
        }
        // A pod being deleted is what kubectl shows as Terminating: not what a student calls
        // Running or ready, nor what a Service, a ReplicaSet or a budget counts as ready.
        let dropsTerminating = query.ready == true || query.phase == "Running"
        let nodes: Set<String>? = query.node.map { selector in
            Set(cluster.list(Node.self, selector: selector).map(\.storeKey.name))
        }
        var counted: [ObjectKey] = []
        var selected: [ObjectKey] = []
        cluster.forEach(Pod.self, namespace: query.namespace) { pod in
            guard selector.matches(pod.metadata.labels ?? [:]) else { return }
            selected.append(pod.storeKey)
            let terminating = pod.metadata.deletionTimestamp != nil
            if let wanted = query.terminating {
                if terminating != wanted { return }
            } else if terminating, dropsTerminating {
                return
            }
            if let phase = query.phase, (pod.status?.phase?.rawValue ?? "Pending") != phase {
                return
            }
            if let ready = query.ready, (pod.isReady && !terminating) != ready { return }
            if let nodes, !nodes.contains(pod.spec.nodeName ?? "") { return }
            counted.append(pod.storeKey)
        }
        return (counted, selected)
    }

    private func event(_ query: EventQuery, exists: Bool) -> Observation {
        var about: Set<ObjectKey>?
        if case .related(let related, let owner) = query.object {
            about = Set(members(related, of: owner))
        } else if case .named(let reference) = query.object {
            about = [reference.key]
        }
        var candidates = cluster.events.filter { event in
            event.reason == query.reason
                && (about.map { $0.contains(event.object) } ?? true)
                && (query.type.map { $0 == event.type.rawValue } ?? true)
        }
        if query.latest { candidates = candidates.suffix(1) }
        let matches = candidates.filter { event in
            query.message.map { event.message.contains($0) } ?? true
        }
        func describe(_ event: ClusterEvent) -> String {
            "\(event.reason) \(event.object) \(event.message)"
        }
        var observed =
            matches.last.map {
                "\(matches.count) event\(matches.count == 1 ? "" : "s"), last at \($0.time): "
                    + describe($0)
            } ?? "no \(query.reason) event"
        if matches.isEmpty, let message = query.message {
            // Say what the events of that reason did say: the autoscaler rescaled, but not to
            // what the check asks for.
            observed =
                "no \(query.reason) event saying \"\(message)\""
                + (candidates.last.map { "; the last one, at \($0.time): " + describe($0) } ?? "")
        }
        let seen = matches.isEmpty ? candidates : matches
        var subjects = Array(Set(seen.map(\.object))).sorted()
        if subjects.isEmpty, let about { subjects = about.sorted() }
        return Observation(holds: matches.isEmpty != exists, observed: observed, subjects: subjects)
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
