import KubeModel

/// kubectl describe's `PrefixWriter` over its tab writer: text at an indent level (two spaces
/// a level, before the first line of the text only), with the multi-line field helpers.
struct DescribeWriter {
    private var pending = ""
    private var tabs = TabWriter()

    /// Appends `text` after `level` indents; it may end mid-line or hold several lines.
    mutating func write(_ level: Int, _ text: String) {
        pending += String(repeating: "  ", count: level) + text
    }

    /// Ends the current column blocks, as `DescribeEvents` does before its table.
    mutating func flush() {
        var lines = pending.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        for line in lines { tabs.write(String(line)) }
        pending = ""
        tabs.flush()
    }

    consuming func finish() -> [String] {
        flush()
        return tabs.finish()
    }

    /// `printLabelsMultilineWithIndent`: `Labels:  a=1`, further labels under the first, sorted.
    mutating func labels(_ title: String, _ labels: [String: String]?, indent: String = "") {
        write(0, "\(indent)\(title):\t")
        let keys = (labels ?? [:]).keys.sorted()
        guard !keys.isEmpty else { return write(0, "<none>\n") }
        for (index, key) in keys.enumerated() {
            if index > 0 { write(0, "\(indent)\t") }
            write(0, "\(key)=\(labels?[key] ?? "")\n")
        }
    }

    /// `Controlled By:  ReplicaSet/web-7d9f` when an owner is the object's controller.
    mutating func controller(of metadata: ObjectMeta) {
        guard let owner = metadata.ownerReferences?.first(where: { $0.controller == true }) else {
            return
        }
        write(0, "Controlled By:\t\(owner.kind)/\(owner.name)\n")
    }

    /// A Deployment's or ReplicaSet's conditions: type, status and reason, when it has any.
    mutating func workloadConditions(_ conditions: [KubeModel.Condition]?) {
        guard let conditions, !conditions.isEmpty else { return }
        write(0, "Conditions:\n  Type\tStatus\tReason\n")
        write(1, "----\t------\t------\n")
        for condition in conditions {
            write(1, "\(condition.type) \t\(condition.status)\t\(condition.reason ?? "")\n")
        }
    }

    /// `printAnnotationsMultiline`: `key: value` lines, sorted, without kubectl's own
    /// last-applied-configuration.
    mutating func annotations(_ title: String, _ annotations: [String: String]?) {
        write(0, "\(title):\t")
        let skipped = "kubectl.kubernetes.io/last-applied-configuration"
        let keys = (annotations ?? [:]).keys.filter { $0 != skipped }.sorted()
        guard !keys.isEmpty else { return write(0, "<none>\n") }
        for (index, key) in keys.enumerated() {
            if index > 0 { write(0, "\t") }
            write(0, "\(key): \(annotations?[key] ?? "")\n")
        }
    }

    /// `printPodTolerationsMultiline`: `key[=value]:Effect op=Exists for 300s`, by key.
    mutating func tolerations(_ title: String, _ tolerations: [Toleration], indent: String = "") {
        write(0, "\(indent)\(title):\t")
        guard !tolerations.isEmpty else { return write(0, "<none>\n") }
        for (index, toleration) in tolerations.sorted(by: { ($0.key ?? "") < ($1.key ?? "") })
            .enumerated()
        {
            if index > 0 { write(0, "\(indent)\t") }
            var text = toleration.key ?? ""
            if let value = toleration.value, !value.isEmpty { text += "=\(value)" }
            if let effect = toleration.effect { text += ":\(effect.rawValue)" }
            if toleration.operator == .exists, (toleration.value ?? "").isEmpty {
                text += text.isEmpty ? "op=Exists" : " op=Exists"
            }
            if let seconds = toleration.tolerationSeconds { text += " for \(seconds)s" }
            write(0, text + "\n")
        }
    }
}
