/// One-line descriptions of conditions, for step lines and reports.
public enum ConditionText {
    public static func describe(_ condition: Condition) -> String {
        switch condition {
        case .object(let target, let field, let comparison, let exists):
            if let field, let comparison { return "\(target) \(field) \(comparison)" }
            return exists ? "\(target) exists" : "\(target) does not exist"
        case .pods(let query, let count):
            var parts = [query.selectorText.isEmpty ? "all pods" : "pods \(query.selectorText)"]
            if let phase = query.phase { parts.append(phase) }
            if let ready = query.ready { parts.append(ready ? "ready" : "not ready") }
            return parts.joined(separator: " ") + " count \(count)"
        case .event(let query, let exists):
            let about = query.object.map { " about \($0)" } ?? ""
            return "event \(query.reason)\(about) \(exists ? "recorded" : "absent")"
        case .load(let name, let metrics):
            let checks = LoadMetric.allCases.compactMap { metric in
                metrics[metric].map { "\(metric.rawValue) \($0)" }
            }
            return "load \(name) " + checks.joined(separator: ", ")
        case .resolves(let name, _):
            return "\(name) resolves"
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
        }
    }
}
