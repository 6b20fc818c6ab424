/// A composed YAML node with the position it came from.
///
/// A reference type so that an alias shares its anchor's node instead of copying it: expansion
/// never happens, and `expandedSize` says how large the document would be if it did.
final class YAMLNode: Sendable {
    enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping(YAMLMapping)
    }

    let content: Content
    /// 1-based line and column where the node starts.
    let line: Int
    let column: Int
    /// Nodes in this subtree counting every alias expansion: the bound for "billion laughs".
    let expandedSize: Int

    init(_ content: Content, line: Int, column: Int, expandedSize: Int) {
        self.content = content
        self.line = line
        self.column = column
        self.expandedSize = expandedSize
    }

    var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    var mapping: YAMLMapping? {
        if case .mapping(let mapping) = content { return mapping }
        return nil
    }

    /// "a map", "a list", "a string", "an integer", ...
    ///
    /// for type-mismatch messages.
    var shapeDescription: String {
        switch content {
        case .mapping: "a map"
        case .sequence: "a list"
        case .scalar(let scalar): scalar.typeDescription
        }
    }

    /// True for a document holding nothing (`---` followed by comments only, or `~`).
    var isNull: Bool {
        if case .scalar(let scalar) = content { return scalar.resolved == .null }
        return false
    }
}

/// The entries of a mapping in source order, with duplicate keys kept aside for diagnostics.
struct YAMLMapping: Sendable {
    struct Entry: Sendable {
        let key: String
        let keyNode: YAMLNode
        let value: YAMLNode
    }

    var entries: [Entry] = []
    /// Later occurrences of a key already present; `entries` keeps the first.
    var duplicates: [Entry] = []

    func entry(_ key: String) -> Entry? {
        entries.first { $0.key == key }
    }
}

/// A scalar's text, whether it was quoted, and what a plain scalar resolves to.
struct YAMLScalar: Sendable {
    enum Resolved: Equatable, Sendable {
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        case string
    }

    let text: String
    /// Quoted or block scalars are always strings.
    let isPlain: Bool
    let resolved: Resolved

    init(text: String, isPlain: Bool, explicitTag: String? = nil) {
        self.text = text
        self.isPlain = isPlain
        if explicitTag == "tag:yaml.org,2002:str" || !isPlain {
            resolved = .string
        } else {
            resolved = YAMLScalar.resolve(plain: text)
        }
    }

    var typeDescription: String {
        switch resolved {
        case .null: "null"
        case .bool(let value): "boolean \(value)"
        case .int(let value): "integer \(value)"
        case .float: "number \(text)"
        case .string: "string \"\(text)\""
        }
    }

    /// YAML 1.1 core resolution, as sigs.k8s.io/yaml (go-yaml v2) does it for Kubernetes.
    static func resolve(plain text: String) -> Resolved {
        switch text {
        case "", "~", "null", "Null", "NULL":
            return .null
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y":
            return .bool(true)
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF", "n", "N":
            return .bool(false)
        default:
            break
        }
        let digits = text.replacingUnderscores
        if let value = Int(digits) { return .int(value) }
        if digits.hasPrefix("0x"), let value = Int(digits.dropFirst(2), radix: 16) {
            return .int(value)
        }
        if digits.hasPrefix("0o"), let value = Int(digits.dropFirst(2), radix: 8) {
            return .int(value)
        }
        if isFloatLiteral(digits), let value = Double(digits) { return .float(value) }
        if [".inf", ".Inf", ".INF", "+.inf", "-.inf", ".nan", ".NaN", ".NAN"].contains(text) {
            return .float(text.contains("-") ? -.infinity : text.contains("n") ? .nan : .infinity)
        }
        return .string
    }

    /// `1.5`, `-2e3`, `.5`: digits with an optional point and exponent, nothing else.
    private static func isFloatLiteral(_ text: String) -> Bool {
        var sawDigit = false
        var sawPoint = false
        var sawExponent = false
        var previous: Character?
        for (offset, char) in text.enumerated() {
            switch char {
            case "0"..."9":
                sawDigit = true
            case "+", "-":
                guard offset == 0 || previous == "e" || previous == "E" else { return false }
            case ".":
                guard !sawPoint, !sawExponent else { return false }
                sawPoint = true
            case "e", "E":
                guard sawDigit, !sawExponent else { return false }
                sawExponent = true
            default:
                return false
            }
            previous = char
        }
        return sawDigit && (sawPoint || sawExponent)
    }
}

extension String {
    fileprivate var replacingUnderscores: String {
        contains("_") ? String(filter { $0 != "_" }) : self
    }
}
