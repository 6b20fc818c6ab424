import ClusterSim

/// One-line descriptions of conditions, for step lines and reports.
public enum ConditionText {
    public static func describe(_ condition: Condition) -> String {
        switch condition {
        case .object(let target, let field, let comparison, let exists):
            if let field, let comparison { return "\(target) \(field) \(comparison)" }
            if let field { return "\(target) \(field) \(exists ? "is set" : "is absent")" }
            return exists ? "\(target) exists" : "\(target) does not exist"
        case .replaced(let target, let replaced):
            return replaced ? "\(target) replaced" : "\(target) never replaced"
        case .pods(let query, let count):
            return describe(query) + " count \(count)"
        case .event(let query, let exists):
            let about = query.object.map { " about \($0)" } ?? ""
            let saying = query.message.map { " saying \"\($0)\"" } ?? ""
            let which = query.latest ? "latest event" : "event"
            return "\(which) \(query.reason)\(about)\(saying) \(exists ? "recorded" : "absent")"
        case .load(let name, let metrics):
            let checks = LoadMetric.allCases.compactMap { metric in
                metrics[metric].map { "\(metric.rawValue) \($0)" }
            }
            return "load \(name) " + checks.joined(separator: ", ")
        case .resolves(let name, _, let answer):
            return "\(name) resolves" + (answer.map { " to \($0)" } ?? "")
        case .createdInOrder(let objects, let ready):
            return "created in order \(objects.map(\.description).joined(separator: ", "))"
                + (ready ? ", each after the previous was Ready" : "")
        case .deletedInOrder(let objects):
            return "deleted in order \(objects.map(\.description).joined(separator: ", "))"
        case .rolloutComplete(let target):
            return "rollout of \(target) complete"
        case .drain(let node, let outcome):
            return "drain of node/\(node) \(outcome.rawValue)"
        case .nodes(let query, let count):
            var parts = [query.selectorText.isEmpty ? "all nodes" : "nodes \(query.selectorText)"]
            if let ready = query.ready { parts.append(ready ? "Ready" : "not Ready") }
            if let version = query.version { parts.append("at v\(version)") }
            if let schedulable = query.schedulable {
                parts.append(schedulable ? "schedulable" : "cordoned")
            }
            return parts.joined(separator: " ") + " count \(count)"
        case .endpoints(let service, let count):
            return "ready endpoints of \(service) count \(count)"
        case .probes(let query, let results):
            let counts = ProbeResult.allCases.compactMap { result in
                results[result].map { "\(result.rawValue) \($0)" }
            }
            return "\(query.kind.rawValue) probes of " + describe(query.pods) + " "
                + counts.joined(separator: ", ")
        case .all(let conditions):
            return conditions.map(describe).joined(separator: " and ")
        }
    }

    /// `pods app=order Running ready`, `pods of deployment/order ready`.
    static func describe(_ query: PodQuery) -> String {
        var parts = [query.owner == nil && query.selectorText.isEmpty ? "all pods" : "pods"]
        if let owner = query.owner {
            parts.append("of \(owner)")
        } else if !query.selectorText.isEmpty {
            parts.append(query.selectorText)
        }
        if let phase = query.phase { parts.append(phase) }
        if let ready = query.ready { parts.append(ready ? "ready" : "not ready") }
        if let node = query.nodeText { parts.append("on nodes \(node)") }
        if let terminating = query.terminating {
            parts.append(terminating ? "terminating" : "not terminating")
        }
        return parts.joined(separator: " ")
    }
}
