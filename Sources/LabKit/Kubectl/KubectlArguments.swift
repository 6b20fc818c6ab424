/// The words after kubectl's verb: positional arguments and flags, consumed as the parser
/// asks for them; anything left over is an error.
struct KubectlArguments {
    var positional: [String] = []
    private var flags: [(name: String, value: String?)] = []
    private var used: Set<String> = ["n", "namespace"]
    let namespace: String

    /// Flags that take a value (`--port 80` as well as `--port=80`).
    static let valueFlags: Set<String> = [
        "replicas", "timeout", "to-revision", "port", "target-port", "name", "type", "cascade",
        "cpu-percent", "min", "max", "namespace", "n", "f", "filename", "selector", "l",
        "grace-period", "o", "output", "c", "container", "skip-wait-for-delete-timeout",
    ]

    init(_ words: [String]) throws(KubectlParseError) {
        var index = 0
        var namespace = "default"
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.hasPrefix("-"), word.count > 1 else {
                positional.append(word)
                continue
            }
            let body = word.drop { $0 == "-" }
            let parts = body.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts.first ?? ""
            var value = parts.count == 2 ? parts[1] : nil
            if value == nil, Self.valueFlags.contains(name) {
                guard index < words.count else {
                    throw KubectlParseError("flag needs an argument: \(word)")
                }
                value = words[index]
                index += 1
            }
            if name == "n" || name == "namespace" { namespace = value ?? namespace }
            flags.append((name, value))
        }
        self.namespace = namespace
    }

    mutating func value(_ name: String) -> String? {
        used.insert(name)
        return flags.last { $0.name == name }?.value
    }

    mutating func values(_ name: String) -> [String] {
        used.insert(name)
        return flags.filter { $0.name == name }.compactMap(\.value)
    }

    /// Whether the flag was given at all (`--x`, `--x=false`).
    func has(_ name: String) -> Bool {
        flags.contains { $0.name == name }
    }

    mutating func flag(_ name: String) -> Bool {
        used.insert(name)
        guard let entry = flags.last(where: { $0.name == name }) else { return false }
        return entry.value.map { $0 == "true" } ?? true
    }

    mutating func integer(_ name: String) throws(KubectlParseError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text) else {
            throw KubectlParseError("invalid argument \"\(text)\" for \"--\(name)\" flag")
        }
        return number
    }

    /// `TYPE/NAME` or `TYPE NAME`, removed from the positional arguments.
    mutating func object(_ verb: String) throws(KubectlParseError) -> ObjectReferenceText {
        guard let first = positional.first else {
            throw KubectlParseError(
                "required resource not specified", hint: "name the object, as in deployment/order")
        }
        if first.contains("/") {
            positional.removeFirst()
            let type = String(first.split(separator: "/").first ?? "")
            guard let reference = ObjectReferenceText(first, namespace: namespace) else {
                throw KubectlParseError.unknownResource(type)
            }
            return reference
        }
        guard let kind = KindNames.kind(for: first) else {
            throw KubectlParseError.unknownResource(first)
        }
        guard positional.count >= 2 else {
            throw KubectlParseError(
                "resource(s) were provided, but no name was specified",
                hint: "write \(verb) \(first)/NAME")
        }
        let name = positional[1]
        positional.removeFirst(2)
        return ObjectReferenceText(kind: kind, name: name, namespace: namespace)
    }

    /// Fails on flags nobody asked for and on extra arguments.
    func finish() throws(KubectlParseError) {
        if let unknown = flags.first(where: { !used.contains($0.name) }) {
            throw KubectlParseError(
                "unknown flag: \(unknown.name.count == 1 ? "-" : "--")\(unknown.name)")
        }
        if let extra = positional.first {
            throw KubectlParseError("unexpected argument \"\(extra)\"")
        }
    }
}
