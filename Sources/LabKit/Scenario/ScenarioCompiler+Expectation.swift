import ClusterSim
import KubeModel
import LabDiagnostics

extension ScenarioCompiler {
    mutating func compileExpectation(_ raw: ExpectationDocument, at path: FieldPath)
        -> Expectation?
    {
        guard let condition = compileCondition(raw, at: path, allowModes: true) else { return nil }
        var mode = ExpectationMode.now
        if let within = raw.within { mode = .within(within) }
        if let throughout = raw.throughout {
            if raw.within != nil {
                error(
                    "an expectation is either \"within\" or \"throughout\", not both",
                    at: path.appending("throughout"))
            }
            if let duration = throughout.duration {
                if duration.time == .zero {
                    error(
                        "\"throughout: \(duration.text)\" watches nothing", at: path.appending("throughout"),
                        hint: "give the interval a length, or check the condition now")
                }
                mode = .throughout(duration)
            } else if let milestone = throughout.milestone {
                mode = .throughoutUntil(milestone)
            }
        }
        return Expectation(id: raw.id, title: raw.title, condition: condition, mode: mode)
    }

    mutating func compileCondition(
        _ raw: ExpectationDocument, at path: FieldPath, allowModes: Bool = false
    ) -> Condition? {
        if !allowModes {
            for (key, present) in [
                ("id", raw.id != nil), ("title", raw.title != nil), ("within", raw.within != nil),
                ("throughout", raw.throughout != nil),
            ] where present {
                error(
                    "\"\(key)\" belongs to an expectation, not to a wait condition",
                    at: path.appending(key), hint: "the wait's \"timeout\" says how long to wait")
            }
        }
        let subjects = raw.presentSubjects
        guard subjects.count == 1, let subject = subjects.first else {
            let list = ExpectationDocument.subjectKeys.joined(separator: ", ")
            if subjects.isEmpty {
                error("a condition needs a subject", at: path, hint: "use one of: \(list)")
            } else {
                error(
                    "a condition has exactly one subject, found "
                        + subjects.map { "\"\($0)\"" }.joined(separator: " and "),
                    at: path.appending(subjects[1]))
            }
            return nil
        }
        let namespace = raw.namespace ?? "default"
        switch subject {
        case "object":
            return compileObjectCondition(raw, namespace: namespace, at: path)
        case "pods":
            guard let query = raw.pods, let pods = podQuery(query, at: path.appending("pods"))
            else { return nil }
            guard let count = raw.count else {
                error(
                    "\"pods\" needs \"count\"", at: path.appending("pods"),
                    hint: "add count: {equals: 3}")
                return nil
            }
            guard let comparison = comparison(count, at: path.appending("count")) else {
                return nil
            }
            return .pods(pods, count: comparison)
        case "event":
            guard let event = raw.event else { return nil }
            var object: ObjectReferenceText?
            if let text = event.object {
                guard let reference = reference(text, namespace: namespace, at: path) else {
                    return nil
                }
                object = reference
            }
            let query = EventQuery(
                reason: event.reason, object: object, type: event.type, message: event.message)
            return .event(query, exists: !(raw.absent ?? false))
        case "load":
            return compileLoadCondition(raw, at: path)
        case "resolves":
            return raw.resolves.map { .resolves($0, namespace: namespace) }
        case "createdInOrder", "deletedInOrder":
            let key = subject
            let texts =
                (subject == "createdInOrder" ? raw.createdInOrder : raw.deletedInOrder) ?? []
            var references: [ObjectReferenceText] = []
            for (index, text) in texts.enumerated() {
                guard
                    let reference = reference(
                        text, namespace: namespace, at: path.appending(key).appending(index: index))
                else { return nil }
                references.append(reference)
            }
            guard references.count >= 2 else {
                error("an order needs at least two objects", at: path.appending(key))
                return nil
            }
            return subject == "createdInOrder"
                ? .createdInOrder(
                    references, eachAfterPreviousReady: raw.eachAfterPreviousReady ?? false)
                : .deletedInOrder(references)
        case "drain":
            return compileDrainCondition(raw, at: path)
        case "nodes":
            return compileNodesCondition(raw, at: path)
        default:
            guard let text = raw.rolloutComplete,
                let target = reference(text, namespace: namespace, at: path.appending(subject))
            else { return nil }
            return .rolloutComplete(target)
        }
    }

    private mutating func compileObjectCondition(
        _ raw: ExpectationDocument, namespace: String, at path: FieldPath
    ) -> Condition? {
        guard let text = raw.object,
            let target = reference(text, namespace: namespace, at: path.appending("object"))
        else { return nil }
        let comparisons = objectComparisons(raw, at: path)
        guard comparisons.count <= 1 else {
            error("use one of equals, atLeast, atMost, matches", at: path)
            return nil
        }
        let comparison = comparisons.first
        if comparison != nil, raw.field == nil {
            error(
                "a comparison needs \"field\"", at: path.appending("object"),
                hint: "add field: status.availableReplicas")
            return nil
        }
        if comparison == nil, raw.field != nil {
            error(
                "\"field\" needs a comparison", at: path.appending("field"),
                hint: "add equals, atLeast, atMost or matches")
            return nil
        }
        let field: FieldPath? = raw.field.map { FieldPath($0) }
        return .object(target, field: field, comparison, exists: raw.exists ?? true)
    }

    private mutating func objectComparisons(_ raw: ExpectationDocument, at path: FieldPath)
        -> [Comparison]
    {
        var result: [Comparison] = []
        if let value = raw.equals { result.append(.equals(value)) }
        if let bound = raw.atLeast { result.append(.atLeast(bound.value, written: bound.written)) }
        if let bound = raw.atMost { result.append(.atMost(bound.value, written: bound.written)) }
        if let pattern = raw.matches {
            guard (try? Regex(pattern)) != nil else {
                error("invalid regular expression \"\(pattern)\"", at: path.appending("matches"))
                return []
            }
            result.append(.matches(pattern))
        }
        return result
    }

    private mutating func compileLoadCondition(_ raw: ExpectationDocument, at path: FieldPath)
        -> Condition?
    {
        guard let name = raw.load else { return nil }
        var metrics: [LoadMetric: Comparison] = [:]
        let documents: [(LoadMetric, ComparisonDocument?)] = [
            (.availability, raw.availability), (.transactions, raw.transactions),
            (.successful, raw.successful), (.failed, raw.failed),
        ]
        for (metric, document) in documents {
            guard let document else { continue }
            guard let value = comparison(document, at: path.appending(metric.rawValue)) else {
                return nil
            }
            metrics[metric] = value
        }
        guard !metrics.isEmpty else {
            error(
                "\"load\" needs a metric to check", at: path.appending("load"),
                hint: "add availability: {atLeast: 100}")
            return nil
        }
        return .load(name, metrics)
    }

    private mutating func podQuery(_ raw: PodQueryDocument, at path: FieldPath) -> PodQuery? {
        let text = raw.selector ?? ""
        guard let selector = text.isEmpty ? LabelSelector() : LabelSelectorText.parse(text) else {
            error(
                "invalid selector \"\(text)\"", at: path.appending("selector"),
                hint: "write KEY=VALUE[,KEY=VALUE], as in app=order")
            return nil
        }
        let phases = ["Pending", "Running", "Succeeded", "Failed", "Unknown"]
        if let phase = raw.phase, !phases.contains(phase) {
            error(
                "unsupported value \"\(phase)\" for \"\(path.appending("phase"))\"",
                at: path.appending("phase"),
                hint: "supported values: " + phases.map { "\"\($0)\"" }.joined(separator: ", "))
            return nil
        }
        return PodQuery(
            selector: selector, selectorText: text, namespace: raw.namespace ?? "default",
            phase: raw.phase, ready: raw.ready)
    }

    mutating func comparison(_ raw: ComparisonDocument, at path: FieldPath) -> Comparison? {
        var result: [Comparison] = []
        if let value = raw.equals { result.append(.equals(.number(value))) }
        if let value = raw.atLeast { result.append(.atLeast(value)) }
        if let value = raw.atMost { result.append(.atMost(value)) }
        guard result.count == 1, let first = result.first else {
            error(
                "use exactly one of equals, atLeast, atMost", at: path,
                hint: "as in {atLeast: 100}")
            return nil
        }
        return first
    }
}
