import KubeModel

/// A `Decoder` over a composed YAML node that never stops at the first problem: it records a
/// diagnostic, substitutes an empty value and goes on, so one pass finds every problem.
struct NodeDecoder: Decoder {
    let node: YAMLNode
    let session: DecodeSession
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    var path: FieldPath { session.fieldPath(codingPath) }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard let mapping = node.mapping else {
            reportShape(expected: "a map")
            return KeyedDecodingContainer(
                KeyedNodeContainer<Key>(decoder: self, mapping: YAMLMapping(), tracker: nil))
        }
        let tracker = session.track(node, mapping, path: path)
        return KeyedDecodingContainer(
            KeyedNodeContainer<Key>(decoder: self, mapping: mapping, tracker: tracker))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let items) = node.content else {
            if !node.isNull { reportShape(expected: "a list") }
            return UnkeyedNodeContainer(decoder: self, items: [])
        }
        return UnkeyedNodeContainer(decoder: self, items: items)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        ScalarNodeContainer(decoder: self)
    }

    /// Decodes a child value, handling the types the loader builds itself.
    func decode<T: Decodable>(_ type: T.Type, from child: YAMLNode, key: any CodingKey) throws -> T
    {
        let decoder = NodeDecoder(node: child, session: session, codingPath: codingPath + [key])
        return try decoder.decodeSelf(type)
    }

    func decodeSelf<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == RawScalar.self, let value = rawScalar() as? T { return value }
        if T.self == OpaqueValue.self, let value = OpaqueValue(node) as? T { return value }
        if let enumType = T.self as? any KubeEnum.Type {
            return try decodeEnum(enumType, as: type)
        }
        do {
            return try T(from: self)
        } catch let error as DecodeSession.Reported {
            throw error
        } catch let DecodingError.dataCorrupted(context) {
            report("invalid value \(valueText) for \"\(path)\": \(context.debugDescription)")
            throw DecodeSession.Reported()
        } catch {
            report("invalid value \(valueText) for \"\(path)\": \(error)")
            throw DecodeSession.Reported()
        }
    }

    private func decodeEnum<T, E: KubeEnum>(_ enumType: E.Type, as type: T.Type) throws -> T {
        let text = node.scalar?.text ?? ""
        if let value = E(rawValue: text) as? T { return value }
        if session.isSilent, let first = E.allCases.first as? T { return first }
        let supported = E.supportedValues
        let error = FieldError.unsupported(path, text, supported: supported)
        let near =
            supported.first { $0.lowercased() == text.lowercased() }
            ?? supported.closest(to: text)
        report(error.message, hint: near.map { "did you mean \"\($0)\"?" })
        throw DecodeSession.Reported()
    }

    private func rawScalar() -> RawScalar {
        guard let scalar = node.scalar else {
            reportShape(expected: "a string or a number")
            return RawScalar(text: "", isNumber: false)
        }
        switch scalar.resolved {
        case .int, .float: return RawScalar(text: scalar.text, isNumber: true)
        default: return RawScalar(text: scalar.text, isNumber: false)
        }
    }

    /// `"abc"` for a scalar, `a map` otherwise.
    var valueText: String {
        if let scalar = node.scalar { return "\"\(scalar.text)\"" }
        return node.shapeDescription
    }

    func report(_ message: String, hint: String? = nil) {
        session.report(message, at: node, path: path, hint: hint)
    }

    func reportShape(expected: String) {
        var hint: String?
        switch (expected, node.content) {
        case ("a map", .sequence(let items)) where items.first?.mapping != nil:
            hint = "remove the \"- \" in front of the keys: this field takes one map, not a list"
        case ("a list", .mapping):
            hint = "start each item of the list with \"- \""
        case ("a map", .scalar(let scalar)) where !scalar.text.isEmpty:
            hint =
                "put the fields of \"\(path.lastKey ?? "this map")\" on the lines below it, indented"
        default:
            break
        }
        report(
            "invalid type for \"\(path)\": expected \(expected), found \(node.shapeDescription)",
            hint: hint)
    }
}

extension OpaqueValue {
    /// Builds a free-form value from a node, asking nothing of its keys.
    init(_ node: YAMLNode) {
        switch node.content {
        case .mapping(let mapping):
            var object: [String: OpaqueValue] = [:]
            for entry in mapping.entries { object[entry.key] = OpaqueValue(entry.value) }
            self = .object(object)
        case .sequence(let items):
            self = .array(items.map(OpaqueValue.init))
        case .scalar(let scalar):
            switch scalar.resolved {
            case .null: self = .null
            case .bool(let value): self = .bool(value)
            case .int(let value): self = .number(Double(value))
            case .float(let value): self = .number(value)
            case .string: self = .string(scalar.text)
            }
        }
    }
}
