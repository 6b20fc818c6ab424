/// Encodes a `Codable` value to one canonical text: object keys sorted, so the text (and a hash
/// of it) never depends on `Dictionary` order.
///
/// The pod-template-hash is computed over it.
///
/// Upstream hashes a Go struct dump (`hashutil.DeepHashObject`); Swift has no such dump, so the
/// hash values differ from a real cluster's, while keeping their properties: stable, and
/// different for different templates.
enum CanonicalEncoder {
    static func encode(_ value: some Encodable) -> String {
        let encoder = TreeEncoder()
        try? value.encode(to: encoder)
        return encoder.root.node.text
    }
}

/// A JSON-like tree; a reference box lets nested containers fill their parent in place.
private final class NodeBox {
    enum Node {
        case null
        case scalar(String)
        case array([NodeBox])
        case object([String: NodeBox])

        var text: String {
            switch self {
            case .null: "null"
            case .scalar(let value): value
            case .array(let items): "[" + items.map(\.node.text).joined(separator: ",") + "]"
            case .object(let members):
                "{"
                    + members.keys.sorted().map { key in
                        "\(Self.quoted(key)):\(members[key]?.node.text ?? "null")"
                    }.joined(separator: ",") + "}"
            }
        }

        static func quoted(_ text: String) -> String {
            "\"" + text.replacingBackslashesAndQuotes + "\""
        }
    }

    var node: Node = .null
}

extension String {
    fileprivate var replacingBackslashesAndQuotes: String {
        var result = ""
        for character in self {
            if character == "\\" || character == "\"" { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

private struct TreeEncoder: Encoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    let root: NodeBox

    init(root: NodeBox = NodeBox()) {
        self.root = root
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = root.node {} else { root.node = .object([:]) }
        return KeyedEncodingContainer(KeyedTree<Key>(box: root))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = root.node {} else { root.node = .array([]) }
        return UnkeyedTree(box: root)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleTree(box: root)
    }
}

private struct KeyedTree<Key: CodingKey>: KeyedEncodingContainerProtocol {
    var codingPath: [any CodingKey] = []
    let box: NodeBox

    private func child(_ key: Key) -> NodeBox {
        let child = NodeBox()
        if case .object(var members) = box.node {
            members[key.stringValue] = child
            box.node = .object(members)
        }
        return child
    }

    mutating func encodeNil(forKey key: Key) throws { child(key).node = .null }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try value.encode(to: TreeEncoder(root: child(key)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(root: child(key)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TreeEncoder(root: child(key)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder(root: box) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { TreeEncoder(root: child(key)) }
}

private struct UnkeyedTree: UnkeyedEncodingContainer {
    var codingPath: [any CodingKey] = []
    let box: NodeBox
    var count: Int {
        if case .array(let items) = box.node { return items.count }
        return 0
    }

    private func append() -> NodeBox {
        let child = NodeBox()
        if case .array(var items) = box.node {
            items.append(child)
            box.node = .array(items)
        }
        return child
    }

    mutating func encodeNil() throws { append().node = .null }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: TreeEncoder(root: append()))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(root: append()).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        TreeEncoder(root: append()).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder(root: append()) }
}

private struct SingleTree: SingleValueEncodingContainer {
    var codingPath: [any CodingKey] = []
    let box: NodeBox

    mutating func encodeNil() throws { box.node = .null }
    mutating func encode(_ value: Bool) throws { box.node = .scalar(String(value)) }
    mutating func encode(_ value: String) throws {
        box.node = .scalar(NodeBox.Node.quoted(value))
    }
    mutating func encode(_ value: Double) throws { box.node = .scalar(String(value)) }
    mutating func encode(_ value: Float) throws { box.node = .scalar(String(value)) }
    mutating func encode(_ value: Int) throws { box.node = .scalar(String(value)) }
    mutating func encode(_ value: Int8) throws { box.node = .scalar(String(value)) }
    mutating func encode(_ value: Int16) throws { box.node = .scalar(String(value)) }
    mutating func encode(_ value: Int32) throws { box.node = .scalar(String(value)) }
    mutating func encode(_ value: Int64) throws { box.node = .scalar(String(value)) }
    mutating func encode(_ value: UInt) throws { box.node = .scalar(String(value)) }
    mutating func encode(_ value: UInt8) throws { box.node = .scalar(String(value)) }
    mutating func encode(_ value: UInt16) throws { box.node = .scalar(String(value)) }
    mutating func encode(_ value: UInt32) throws { box.node = .scalar(String(value)) }
    mutating func encode(_ value: UInt64) throws { box.node = .scalar(String(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: TreeEncoder(root: box))
    }
}
