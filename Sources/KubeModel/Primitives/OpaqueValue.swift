/// A subtree LabKit accepts without modelling it (`securityContext`, `lifecycle`, ...).
///
/// Any YAML value decodes into it, so such fields never produce a false "unknown field".
public enum OpaqueValue: Codable, Sendable, Hashable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([OpaqueValue])
    case object([String: OpaqueValue])

    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer() {
            if single.decodeNil() {
                self = .null
                return
            }
            if let bool = try? single.decode(Bool.self) {
                self = .bool(bool)
                return
            }
            if let number = try? single.decode(Double.self) {
                self = .number(number)
                return
            }
            if let string = try? single.decode(String.self) {
                self = .string(string)
                return
            }
        }
        if var unkeyed = try? decoder.unkeyedContainer() {
            var items: [OpaqueValue] = []
            while !unkeyed.isAtEnd {
                items.append(try unkeyed.decode(OpaqueValue.self))
            }
            self = .array(items)
            return
        }
        let keyed = try decoder.container(keyedBy: AnyKey.self)
        var members: [String: OpaqueValue] = [:]
        for key in keyed.allKeys {
            members[key.stringValue] = try keyed.decode(OpaqueValue.self, forKey: key)
        }
        self = .object(members)
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .number(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .array(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        case .object(let members):
            var container = encoder.container(keyedBy: AnyKey.self)
            for key in members.keys.sorted() {
                if let value = members[key] {
                    try container.encode(value, forKey: AnyKey(key))
                }
            }
        }
    }
}

/// A coding key for maps whose keys are data, not schema.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { stringValue = String(intValue) }
}
