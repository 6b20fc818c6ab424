import ClusterSim
import Foundation
import KubeModel
import KubeYAML
import LabDiagnostics

/// Turns a decoded scenario document into a `Scenario`, reporting what the types could not
/// check (one action per step, known kubectl commands, URLs, selectors), each at its field.
struct ScenarioCompiler {
    /// Places a message at a field path of the file (a scenario, or a lab holding one).
    let locate: (Diagnostic.Severity, String, FieldPath, String?) -> Diagnostic
    /// Whether the file writes a key, even with a null value.
    let writes: (FieldPath) -> Bool
    let file: String
    let lines: [Substring]
    /// Where the scenario sits in its file: the root, or `scenario` inside a lab.
    let base: FieldPath
    /// A lab's checks by id, for `check: ID` steps; nil in a plain scenario.
    let checks: [String: LabCheckSource]?
    var diagnostics: [Diagnostic] = []

    init<Document>(
        document: DecodedDocument<Document>, file: String, text: String,
        base: FieldPath = .root, checks: [String: LabCheckSource]? = nil
    ) {
        locate = { severity, message, path, hint in
            document.diagnostic(severity, message, at: path, hint: hint)
        }
        writes = { path in document.writes(path) }
        self.file = file
        self.base = base
        self.checks = checks
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    mutating func compile(_ raw: ScenarioDocument) -> Scenario {
        let setup = compileCluster(raw.cluster)
        var steps: [Step] = []
        for (index, rawStep) in raw.steps.enumerated() {
            if let step = compileStep(rawStep, index: index) { steps.append(step) }
        }
        if raw.steps.isEmpty {
            error("a scenario needs at least one step", at: base.appending("steps"))
        }
        checkLoadsAreStartedFirst(steps)
        return Scenario(
            name: raw.name, description: raw.description, file: file, cluster: setup, steps: steps)
    }

    mutating func error(_ message: String, at path: FieldPath, hint: String? = nil) {
        diagnostics.append(locate(.error, message, path, hint))
    }

    func location(of path: FieldPath) -> SourceLocation {
        locate(.note, "", path, nil).location
            ?? SourceLocation(file: file, line: 1, column: 1)
    }

    private mutating func compileStep(_ raw: StepDocument, index: Int) -> Step? {
        let path = base.appending("steps").appending(index: index)
        let keys = raw.presentKeys
        guard keys.count == 1, let key = keys.first else {
            let list = StepDocument.actionKeys.joined(separator: ", ")
            if keys.isEmpty {
                error("a step needs an action", at: path, hint: "use one of: \(list)")
            } else {
                error(
                    "a step has exactly one action, found "
                        + keys.map { "\"\($0)\"" }.joined(separator: " and "),
                    at: path.appending(keys[1]), hint: "start a new step with \"- \"")
            }
            return nil
        }
        let at = path.appending(key)
        guard let (summary, action) = compileAction(raw, key: key, at: at) else { return nil }
        return Step(
            number: index + 1, location: location(of: path), summary: summary, action: action)
    }

    private mutating func compileAction(
        _ raw: StepDocument, key: String, at path: FieldPath
    ) -> (String, StepAction)? {
        switch key {
        case "apply":
            return raw.apply.flatMap { compileApply($0, at: path) }.map {
                ("apply \($0.0)", .apply($0.1))
            }
        case "delete":
            return raw.delete.flatMap { compileDelete($0, at: path) }
        case "kubectl":
            guard let line = raw.kubectl else { return nil }
            switch KubectlParser().parse(line) {
            case .success(let command):
                let text = line.hasPrefix("kubectl ") ? line : "kubectl \(line)"
                return (text, .kubectl(command))
            case .failure(let failure):
                error(failure.message, at: path, hint: failure.hint)
                return nil
            }
        case "load":
            return raw.load.flatMap { compileLoad($0, at: path) }.map {
                (
                    "load \($0.name): siege -c\($0.concurrency) -t\(raw.load?.time?.text ?? "") "
                        + "\($0.target)", .startLoad($0)
                )
            }
        case "stopLoad":
            return raw.stopLoad.map { ("stop load \($0)", .stopLoad($0)) }
        case "setUsage":
            return raw.setUsage.flatMap { compileUsage($0, at: path) }
        case "setMetric":
            return raw.setMetric.flatMap { compileMetric($0, at: path) }
        case "breakPod":
            return raw.breakPod.flatMap { compilePodFault($0, heal: false, at: path) }
        case "healPod":
            return raw.healPod.flatMap { compilePodFault($0, heal: true, at: path) }
        case "nodeGroup":
            return raw.nodeGroup.flatMap { compileNodeGroupStep($0, at: path) }
        case "controlPlane":
            return raw.controlPlane.flatMap { compileControlPlane($0, at: path) }
        case "failNode":
            return raw.failNode.map { ("fail node \($0)", .failNode($0)) }
        case "recoverNode":
            return raw.recoverNode.map { ("recover node \($0)", .recoverNode($0)) }
        case "advance":
            return raw.advance.map { ("advance \($0.text)", .advance($0)) }
        case "wait":
            guard let wait = raw.wait, let condition = compileWait(wait, at: path) else {
                return nil
            }
            let timeout =
                wait.timeout ?? ScenarioDuration(parsing: "10m") ?? ScenarioDuration(.zero)
            return (
                "wait for \(ConditionText.describe(condition)) (timeout \(timeout.text))",
                .wait(condition, timeout: timeout)
            )
        case "check":
            guard let ids = raw.checkIDs, !ids.isEmpty else {
                error(
                    "\"check\" takes a check id or a list of them", at: path,
                    hint: "write check: scale-out, or check: [full-capacity, no-downtime]")
                return nil
            }
            if ids.count == 1 {
                guard let expectation = compileCheck(ids[0], at: path) else { return nil }
                return ("check \(ids[0]): \(expectation.title ?? ids[0])", .expect(expectation))
            }
            let expectations = ids.enumerated().compactMap { index, id in
                compileCheck(id, at: path.appending(index: index))
            }
            guard expectations.count == ids.count else { return nil }
            return ("check \(ids.joined(separator: ", "))", .expectTogether(expectations))
        default:
            guard let expect = raw.expect, let expectation = compileExpectation(expect, at: path)
            else { return nil }
            return ("expect \(ConditionText.describe(expectation.condition))", .expect(expectation))
        }
    }

    /// `wait: {for: CONDITION}` or the shorthand `wait: {drain: NODE}`.
    private mutating func compileWait(_ raw: WaitDocument, at path: FieldPath) -> Condition? {
        switch (raw.for, raw.drain) {
        case (let condition?, nil):
            return compileCondition(condition, at: path.appending("for"))
        case (nil, let node?):
            return .drain(node, .finished)
        case (.some, .some):
            error("a wait has either \"for\" or \"drain\", not both", at: path.appending("drain"))
            return nil
        case (nil, nil):
            error(
                "missing required field \"\(path.appending("for"))\"", at: path,
                hint: "write wait: {for: CONDITION, timeout: 2m} or wait: {drain: NODE}")
            return nil
        }
    }

    private mutating func compileApply(_ value: OpaqueValue, at path: FieldPath)
        -> (String, ApplySource)?
    {
        switch value {
        case .string(let text) where !text.isEmpty:
            return (text, .paths([text]))
        case .array(let items):
            let paths = items.compactMap { item -> String? in
                if case .string(let text) = item, !text.isEmpty { return text }
                return nil
            }
            guard paths.count == items.count, !paths.isEmpty else {
                error("\"apply\" takes a list of file names", at: path)
                return nil
            }
            return (paths.joined(separator: " "), .paths(paths))
        case .object(let members):
            for key in members.keys.sorted() where key != "manifest" {
                error(
                    "unknown field \"\(path.appending(key))\"", at: path.appending(key),
                    hint: "an inline apply has only \"manifest\"")
            }
            guard case .string(let text)? = members["manifest"] else {
                error(
                    "\"apply\" takes a file, a list of files, or {manifest: ...}", at: path,
                    hint: "write the manifest after \"manifest: |\"")
                return nil
            }
            let keyLine = location(of: path.appending("manifest")).line
            let indent =
                lines.indices.contains(keyLine)
                ? lines[keyLine].prefix { $0 == " " }.count : 0
            return ("inline manifest", .inline(text, firstLine: keyLine + 1, indent: indent))
        default:
            error("\"apply\" takes a file, a list of files, or {manifest: ...}", at: path)
            return nil
        }
    }

    private mutating func compileDelete(_ value: OpaqueValue, at path: FieldPath)
        -> (String, StepAction)?
    {
        var text: String?
        var cascade = "background"
        var namespace = "default"
        var wait = true
        switch value {
        case .string(let object):
            text = object
        case .object(let members):
            for key in members.keys.sorted()
            where !["object", "cascade", "namespace", "wait"].contains(key) {
                error("unknown field \"\(path.appending(key))\"", at: path.appending(key))
            }
            if case .string(let object)? = members["object"] { text = object }
            if case .string(let value)? = members["cascade"] { cascade = value }
            if case .string(let value)? = members["namespace"] { namespace = value }
            if case .bool(let value)? = members["wait"] { wait = value }
            guard ["background", "foreground", "orphan"].contains(cascade) else {
                error(
                    "unsupported value \"\(cascade)\" for \"\(path.appending("cascade"))\"",
                    at: path.appending("cascade"),
                    hint: "supported values: \"background\", \"foreground\", \"orphan\"")
                return nil
            }
        default:
            break
        }
        guard let text else {
            error("\"delete\" takes TYPE/NAME, such as \"pod/web-0\"", at: path)
            return nil
        }
        guard let reference = reference(text, namespace: namespace, at: path) else { return nil }
        return ("delete \(reference)", .delete(reference, cascade: cascade, wait: wait))
    }

    /// `TYPE/NAME`, or a diagnostic at `path`.
    mutating func reference(_ text: String, namespace: String = "default", at path: FieldPath)
        -> ObjectReferenceText?
    {
        if let reference = ObjectReferenceText(text, namespace: namespace) { return reference }
        let type = String(text.split(separator: "/").first ?? "")
        if text.contains("/"), KindNames.kind(for: type) == nil {
            error(
                "the server doesn't have a resource type \"\(type)\"", at: path,
                hint: "use a kind such as deployment, pod, service or statefulset")
        } else {
            error(
                "expected TYPE/NAME, such as \"deployment/order\", found \"\(text)\"", at: path)
        }
        return nil
    }

    private mutating func compileLoad(_ raw: LoadDocument, at path: FieldPath) -> LoadSpec? {
        guard let target = LoadTarget(url: raw.url) else {
            error(
                "invalid URL \"\(raw.url)\"", at: path.appending("url"),
                hint: "write http://SERVICE[.NAMESPACE]:PORT/PATH, as in http://order:8080/orders")
            return nil
        }
        guard let time = raw.time else {
            error("missing required field \"\(path.appending("time"))\"", at: path)
            return nil
        }
        let concurrency = raw.concurrency ?? 1
        guard concurrency > 0 else {
            error("\"concurrency\" must be at least 1", at: path.appending("concurrency"))
            return nil
        }
        return LoadSpec(
            name: raw.name ?? "siege", concurrency: concurrency, duration: time.time,
            delay: raw.delay?.time ?? .zero, target: target, namespace: raw.namespace ?? "default")
    }

    private mutating func compileUsage(_ raw: UsageDocument, at path: FieldPath)
        -> (String, StepAction)?
    {
        var owner: ObjectReferenceText?
        switch (raw.selector, raw.of) {
        case (let text?, nil):
            guard LabelSelectorText.parse(text) != nil else {
                error("invalid selector \"\(text)\"", at: path.appending("selector"))
                return nil
            }
        case (nil, let text?):
            guard
                let reference = reference(
                    text, namespace: raw.namespace ?? "default", at: path.appending("of"))
            else { return nil }
            owner = reference
        default:
            error(
                "\"setUsage\" takes either \"selector\" or \"of\"", at: path,
                hint: "of: deployment/order uses the Deployment's own selector")
            return nil
        }
        for (key, scalar) in [("cpu", raw.cpu), ("memory", raw.memory)] {
            if let scalar, Quantity(scalar.text) == nil {
                error(
                    "invalid quantity \"\(scalar.text)\"", at: path.appending(key),
                    hint: key == "cpu" ? "write cpu as 300m or 1" : "write memory as 256Mi")
                return nil
            }
        }
        if raw.cpu == nil, raw.memory == nil {
            error("\"setUsage\" needs cpu or memory", at: path, hint: "add cpu: 300m")
            return nil
        }
        let usage = UsageOverride(
            selector: raw.selector ?? "", owner: owner, namespace: raw.namespace ?? "default",
            container: raw.container, cpu: raw.cpu?.text, memory: raw.memory?.text)
        let pods = owner.map { "pods of \($0)" } ?? usage.selector
        let what = raw.container.map { "container \($0) of \(pods)" } ?? pods
        return ("set usage of \(what)", .setUsage(usage))
    }
}
