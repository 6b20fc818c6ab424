public import KubeModel

/// How an observed value is compared: `equals`, `atLeast`, `atMost`, `matches`.
public enum Comparison: Sendable, Hashable, CustomStringConvertible {
    case equals(OpaqueValue)
    /// `written` is the bound as the author wrote a quantity (`500m`), for reports.
    case atLeast(Double, written: String? = nil)
    case atMost(Double, written: String? = nil)
    /// A regular expression the value's text must contain a match for.
    case matches(String)

    public var description: String {
        switch self {
        case .equals(let value): "= \(value.text)"
        case .atLeast(let value, let written): "≥ \(written ?? Self.number(value))"
        case .atMost(let value, let written): "≤ \(written ?? Self.number(value))"
        case .matches(let pattern): "matches /\(pattern)/"
        }
    }

    /// Whether `value` satisfies the comparison; a missing value counts as 0 in numeric
    /// comparisons, as Kubernetes omits zero counts from status.
    public func holds(for value: OpaqueValue?) -> Bool {
        switch self {
        case .equals(let expected):
            if case .number(let number) = expected, value == nil || value == .null {
                return number == 0
            }
            return value == expected
        case .atLeast(let bound, _):
            return (value ?? .number(0)).numeric.map { $0 >= bound } ?? false
        case .atMost(let bound, _):
            return (value ?? .number(0)).numeric.map { $0 <= bound } ?? false
        case .matches(let pattern):
            guard let regex = try? Regex(pattern) else { return false }
            return (value?.plainText ?? "").contains(regex)
        }
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

extension OpaqueValue {
    /// The value as a number, when it is one (or a string holding one, or a quantity such as
    /// `200m`, in base units).
    var numeric: Double? {
        switch self {
        case .number(let value): value
        case .string(let text): Double(text) ?? Quantity(text)?.baseUnits
        case .null: 0
        default: nil
        }
    }

    /// A string as is, anything else as `text` renders it: what `matches` looks into.
    var plainText: String {
        if case .string(let value) = self { return value }
        return text
    }

    /// A short rendering for reports: `3`, `"Running"`, `true`, `{...}`.
    public var text: String {
        switch self {
        case .string(let value): "\"\(value)\""
        case .number(let value): Comparison.number(value)
        case .bool(let value): String(value)
        case .null: "null"
        case .array(let items): "[" + items.map(\.text).joined(separator: ", ") + "]"
        case .object(let members):
            "{"
                + members.keys.sorted().map { "\($0): \(members[$0]?.text ?? "")" }
                .joined(separator: ", ") + "}"
        }
    }
}
