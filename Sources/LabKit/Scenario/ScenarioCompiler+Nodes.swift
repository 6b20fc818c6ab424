import KubeModel
import LabDiagnostics

extension ScenarioCompiler {
    /// `drain: NODE` with `outcome: finished|succeeded|failed|running` (default finished).
    mutating func compileDrainCondition(_ raw: ExpectationDocument, at path: FieldPath)
        -> Condition?
    {
        guard let node = raw.drain else { return nil }
        guard !node.isEmpty else {
            error("\"drain\" needs a node name", at: path.appending("drain"))
            return nil
        }
        var outcome = DrainOutcome.finished
        if let text = raw.outcome {
            guard let value = DrainOutcome(rawValue: text) else {
                let values = DrainOutcome.allCases.map { "\"\($0.rawValue)\"" }
                error(
                    "unsupported value \"\(text)\" for \"\(path.appending("outcome"))\"",
                    at: path.appending("outcome"),
                    hint: "supported values: " + values.joined(separator: ", "))
                return nil
            }
            outcome = value
        }
        return .drain(node, outcome)
    }

    /// `nodes: {selector, ready, version, schedulable}` with `count`.
    mutating func compileNodesCondition(_ raw: ExpectationDocument, at path: FieldPath)
        -> Condition?
    {
        guard let query = raw.nodes else { return nil }
        let text = query.selector ?? ""
        guard let selector = text.isEmpty ? LabelSelector() : LabelSelectorText.parse(text) else {
            error(
                "invalid selector \"\(text)\"", at: path.appending("nodes").appending("selector"),
                hint: "write KEY=VALUE[,KEY=VALUE], as in eks.amazonaws.com/nodegroup=green")
            return nil
        }
        var version: String?
        if let written = query.version {
            guard let normalized = Self.kubernetesVersion(written) else {
                versionError(written, at: path.appending("nodes").appending("version"))
                return nil
            }
            version = normalized
        }
        guard let count = raw.count else {
            error(
                "\"nodes\" needs \"count\"", at: path.appending("nodes"),
                hint: "add count: {equals: 3}")
            return nil
        }
        guard let comparison = comparison(count, at: path.appending("count")) else { return nil }
        return .nodes(
            NodeQuery(
                selector: selector, selectorText: text, ready: query.ready, version: version,
                schedulable: query.schedulable),
            count: comparison)
    }
}
