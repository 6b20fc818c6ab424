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
                        "\"throughout: \(duration.text)\" watches nothing",
                        at: path.appending("throughout"),
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
            guard let query = raw.pods,
                let pods = podQuery(query, namespace: namespace, at: path.appending("pods"))
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
            var object: ObjectSelection?
            if let text = event.object {
                guard
                    let selection = selection(
                        text, namespace: namespace, at: path.appending("event").appending("object"))
                else { return nil }
                object = selection
            }
            let query = EventQuery(
                reason: event.reason, object: object, type: event.type, message: event.message,
                latest: event.latest ?? false)
            return .event(query, exists: !(raw.absent ?? false))
        case "load":
            return compileLoadCondition(raw, at: path)
        case "resolves":
            guard let name = raw.resolves else { return nil }
            var answer: ObjectReferenceText?
            if let text = raw.to {
                guard let target = reference(text, namespace: namespace, at: path.appending("to"))
                else { return nil }
                guard ["Pod", "Service"].contains(target.kind) else {
                    error(
                        "\"to\" names a pod or a Service, found \"\(text)\"",
                        at: path.appending("to"), hint: "write to: pod/web-0")
                    return nil
                }
                answer = target
            }
            return .resolves(name, namespace: namespace, to: answer)
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
        case "endpoints":
            return compileEndpointsCondition(raw, namespace: namespace, at: path)
        case "probes":
            return compileProbesCondition(raw, namespace: namespace, at: path)
        case "all":
            let parts = (raw.all ?? []).enumerated().map { index, part in
                compileCondition(part, at: path.appending("all").appending(index: index))
            }
            guard !parts.isEmpty else {
                error("\"all\" lists at least one condition", at: path.appending("all"))
                return nil
            }
            let compiled = parts.compactMap { $0 }
            return compiled.count == parts.count ? .all(compiled) : nil
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
            let target = selection(text, namespace: namespace, at: path.appending("object"))
        else { return nil }
        if let replaced = raw.replaced {
            return replacedCondition(raw, target, replaced, at: path)
        }
        var raw = raw
        // `equals: null` decodes as no `equals` at all: read from the file that it was written.
        // A field is null in the object's JSON exactly when it is absent (the API server omits
        // it), so it means `exists: false`.
        let equalsNull = raw.equals == nil && writes(path.appending("equals"))
        if equalsNull {
            if raw.exists != nil || raw.atLeast != nil || raw.atMost != nil
                || raw.matches != nil
            {
                error(
                    "\"equals: null\" says the field is absent; it goes with no other comparison",
                    at: path.appending("equals"), hint: "keep either equals: null or the other")
                return nil
            }
            if raw.field == nil {
                error(
                    "\"equals: null\" needs \"field\"", at: path.appending("equals"),
                    hint: "add field: status.readyReplicas, or write exists: false for the object")
                return nil
            }
            raw.exists = false
        }
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
        if comparison == nil, raw.field != nil, raw.exists == nil {
            error(
                "\"field\" needs a comparison", at: path.appending("field"),
                hint: "add equals, atLeast, atMost or matches, or exists: true or false")
            return nil
        }
        if comparison != nil, raw.exists != nil {
            error(
                "\"exists\" and a comparison do not go together", at: path.appending("exists"),
                hint: "a comparison already needs the field to be there")
            return nil
        }
        var field: ValuePath?
        if let text = raw.field {
            guard let path = valuePath(text, at: path.appending("field")) else { return nil }
            field = path
        }
        return .object(target, field: field, comparison, exists: raw.exists ?? true)
    }

    /// `{object: pod/web-0, replaced: true}`: about one named object, nothing else.
    private mutating func replacedCondition(
        _ raw: ExpectationDocument, _ target: ObjectSelection, _ replaced: Bool,
        at path: FieldPath
    ) -> Condition? {
        guard case .named(let reference) = target else {
            error(
                "\"replaced\" is about one object named by its name, found \"\(target)\"",
                at: path.appending("object"),
                hint: "name the pod: object: pod/web-0 (a StatefulSet keeps the name)")
            return nil
        }
        let extra = ["field", "equals", "atLeast", "atMost", "matches", "exists"].first {
            writes(path.appending($0))
        }
        if let extra {
            error(
                "\"replaced\" and \"\(extra)\" do not go together", at: path.appending(extra),
                hint: "check the field in another expectation")
            return nil
        }
        return .replaced(reference, replaced)
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
        guard
            let metrics = comparisons(
                [
                    (LoadMetric.availability, raw.availability), (.transactions, raw.transactions),
                    (.successful, raw.successful), (.failed, raw.failed),
                ], at: path)
        else { return nil }
        guard !metrics.isEmpty else {
            error(
                "\"load\" needs a metric to check", at: path.appending("load"),
                hint: "add availability: {atLeast: 100}")
            return nil
        }
        return .load(name, metrics)
    }

    private mutating func podQuery(
        _ raw: PodQueryDocument, namespace: String, at path: FieldPath
    ) -> PodQuery? {
        let namespace = raw.namespace ?? namespace
        var query = PodQuery(
            namespace: namespace, phase: raw.phase, ready: raw.ready, terminating: raw.terminating)
        switch (raw.selector, raw.of) {
        case (let text?, nil):
            guard let selector = text.isEmpty ? LabelSelector() : LabelSelectorText.parse(text)
            else {
                error(
                    "invalid selector \"\(text)\"", at: path.appending("selector"),
                    hint: "write KEY=VALUE[,KEY=VALUE], as in app=order")
                return nil
            }
            query.selector = selector
            query.selectorText = text
        case (nil, let text?):
            guard let owner = reference(text, namespace: namespace, at: path.appending("of"))
            else { return nil }
            guard Self.selectingKinds.contains(owner.kind) else {
                error(
                    "\"of\" names an object that selects pods, found \"\(text)\"",
                    at: path.appending("of"),
                    hint: "use a Deployment, ReplicaSet, StatefulSet, DaemonSet, Job or Service")
                return nil
            }
            query.owner = owner
        case (.some, .some):
            error(
                "pods are found either by \"selector\" or by \"of\", not both",
                at: path.appending("of"),
                hint: "of: deployment/order uses the Deployment's own selector")
            return nil
        case (nil, nil):
            break
        }
        if let text = raw.node {
            guard let selector = LabelSelectorText.parse(text) else {
                error(
                    "invalid selector \"\(text)\"", at: path.appending("node"),
                    hint: "write KEY=VALUE, as in topology.kubernetes.io/zone=us-east-1a")
                return nil
            }
            query.node = selector
            query.nodeText = text
        }
        let phases = ["Pending", "Running", "Succeeded", "Failed", "Unknown"]
        if let phase = raw.phase, !phases.contains(phase) {
            error(
                "unsupported value \"\(phase)\" for \"\(path.appending("phase"))\"",
                at: path.appending("phase"),
                hint: "supported values: " + phases.map { "\"\($0)\"" }.joined(separator: ", "))
            return nil
        }
        return query
    }

    /// Kinds whose own selector picks pods (`pods: {of: ...}`).
    static let selectingKinds: Set<String> = [
        "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "Service",
    ]

    /// `TYPE/NAME` or `KIND of TYPE/NAME`, or a diagnostic at `path`.
    mutating func selection(_ text: String, namespace: String, at path: FieldPath)
        -> ObjectSelection?
    {
        if let selection = ObjectSelection(text, namespace: namespace) {
            if case .related(.pods, let owner) = selection,
                !Self.selectingKinds.contains(owner.kind)
            {
                error(
                    "\"pods of\" names an object that selects pods, found \"\(owner)\"",
                    at: path,
                    hint: "use a Deployment, ReplicaSet, StatefulSet, DaemonSet, Job or Service")
                return nil
            }
            if case .related(let related, let owner) = selection,
                related == .newReplicaSet || related == .oldReplicaSets,
                owner.kind != Deployment.kind
            {
                error(
                    "\"\(related.rawValue) of\" names a Deployment, found \"\(owner)\"",
                    at: path, hint: "write new rs of deployment/order")
                return nil
            }
            if case .related(.pvc, let owner) = selection, owner.kind != Pod.kind {
                error(
                    "\"pvc of\" names a StatefulSet's pod, found \"\(owner)\"", at: path,
                    hint: "write pvc of pod/web-1: the claims web-1 gets from the templates")
                return nil
            }
            return selection
        }
        let words = text.split(separator: " ")
        if words.count == 4, words[2] == "of" {
            error(
                "cannot find \"\(words[0]) \(words[1])\" of an object", at: path,
                hint: "write new rs of deployment/NAME or old rs of deployment/NAME")
            return nil
        }
        if words.count == 3, words[1] == "of" {
            let kinds = RelatedObjects.allCases.map(\.rawValue).joined(separator: ", ")
            if RelatedObjects(String(words[0])) == nil {
                error(
                    "cannot find \"\(words[0])\" of an object", at: path,
                    hint: "related objects are found for: \(kinds)")
                return nil
            }
            return reference(String(words[2]), namespace: namespace, at: path).map {
                .related(RelatedObjects(String(words[0])) ?? .pods, of: $0)
            }
        }
        return reference(text, namespace: namespace, at: path).map { .named($0) }
    }

    /// A field path, or a diagnostic at `path`.
    mutating func valuePath(_ text: String, at path: FieldPath) -> ValuePath? {
        if let parsed = ValuePath(text) { return parsed }
        error(
            "invalid field path \"\(text)\"", at: path,
            hint: "write a dotted path with indices or entries picked by a field, as in "
                + "spec.metrics[resource.name=cpu].resource.target.averageUtilization")
        return nil
    }

    private mutating func compileEndpointsCondition(
        _ raw: ExpectationDocument, namespace: String, at path: FieldPath
    ) -> Condition? {
        guard let text = raw.endpoints else { return nil }
        let written = text.contains("/") ? text : "service/\(text)"
        guard
            let service = reference(written, namespace: namespace, at: path.appending("endpoints"))
        else { return nil }
        guard service.kind == "Service" else {
            error(
                "\"endpoints\" names a Service, found \"\(text)\"", at: path.appending("endpoints"))
            return nil
        }
        guard let count = raw.count else {
            error(
                "\"endpoints\" needs \"count\"", at: path.appending("endpoints"),
                hint: "add count: {equals: 4}")
            return nil
        }
        return comparison(count, at: path.appending("count")).map {
            .endpoints(service, count: $0)
        }
    }

    private mutating func compileProbesCondition(
        _ raw: ExpectationDocument, namespace: String, at path: FieldPath
    ) -> Condition? {
        guard let probes = raw.probes else { return nil }
        let at = path.appending("probes")
        guard let kind = ProbeKind(rawValue: probes.probe) else {
            let kinds = ProbeKind.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            error(
                "unsupported value \"\(probes.probe)\" for \"\(at.appending("probe"))\"",
                at: at.appending("probe"), hint: "supported values: \(kinds)")
            return nil
        }
        guard
            let pods = podQuery(
                PodQueryDocument(
                    selector: probes.selector, of: probes.of, namespace: probes.namespace),
                namespace: namespace, at: at)
        else { return nil }
        guard
            let results = comparisons(
                [(ProbeResult.successful, raw.successful), (.failed, raw.failed)], at: path)
        else { return nil }
        guard !results.isEmpty else {
            error(
                "\"probes\" needs a result to count", at: at,
                hint: "add successful: {atLeast: 1} or failed: {equals: 0}")
            return nil
        }
        return .probes(ProbeQuery(pods: pods, kind: kind), results)
    }

    /// The comparisons written under each key (`failed: {equals: 0}`), by key; nil when one
    /// is invalid.
    private mutating func comparisons<Key: RawRepresentable<String> & Hashable>(
        _ documents: [(Key, ComparisonDocument?)], at path: FieldPath
    ) -> [Key: Comparison]? {
        var found: [Key: Comparison] = [:]
        for (key, document) in documents {
            guard let document else { continue }
            guard let value = comparison(document, at: path.appending(key.rawValue)) else {
                return nil
            }
            found[key] = value
        }
        return found
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
