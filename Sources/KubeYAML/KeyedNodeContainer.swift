import KubeModel

/// The fields of one map.
///
/// Every key asked for is recorded, so the rest can be reported unknown.
struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeDecoder
    let mapping: YAMLMapping
    let tracker: DecodeSession.MappingTracker?

    var codingPath: [any CodingKey] { decoder.codingPath }

    var allKeys: [Key] {
        mapping.entries.compactMap { entry in
            tracker?.request(entry.key)
            return Key(stringValue: entry.key)
        }
    }

    func contains(_ key: Key) -> Bool {
        tracker?.request(key.stringValue)
        return mapping.entry(key.stringValue) != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        tracker?.request(key.stringValue)
        return mapping.entry(key.stringValue)?.value.isNull ?? true
    }

    /// A required field: reported when absent or invalid, then stood in for by an empty value,
    /// so the rest of the map is still decoded (and its problems found in the same pass).
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        tracker?.request(key.stringValue)
        guard let entry = mapping.entry(key.stringValue), !entry.value.isNull else {
            decoder.session.reportMissing(decoder.path.appending(key.stringValue), in: decoder.node)
            return try decoder.session.silently {
                try decoder.decode(type, from: Self.empty(at: decoder.node), key: key)
            }
        }
        do {
            return try decoder.decode(type, from: entry.value, key: key)
        } catch is DecodeSession.Reported {
            return try decoder.session.silently {
                try decoder.decode(type, from: Self.empty(at: decoder.node), key: key)
            }
        }
    }

    /// An optional field: absent or null is nil, and a bad value is reported and dropped.
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        tracker?.request(key.stringValue)
        guard let entry = mapping.entry(key.stringValue), !entry.value.isNull else { return nil }
        do {
            return try decoder.decode(type, from: entry.value, key: key)
        } catch is DecodeSession.Reported {
            return nil
        }
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decode(type, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decode(type, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decode(type, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decode(type, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decode(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decode(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decode(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decode(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decode(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decode(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decode(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decode(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decode(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decode(type, key) }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        try optional(type, key)
    }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try optional(type, key)
    }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        try optional(type, key)
    }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
        try optional(type, key)
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        try optional(type, key)
    }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? {
        try optional(type, key)
    }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? {
        try optional(type, key)
    }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? {
        try optional(type, key)
    }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? {
        try optional(type, key)
    }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? {
        try optional(type, key)
    }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? {
        try optional(type, key)
    }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? {
        try optional(type, key)
    }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? {
        try optional(type, key)
    }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? {
        try optional(type, key)
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try child(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoder }

    func superDecoder(forKey key: Key) throws -> any Decoder { child(key) }

    private func decode<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
        try decode(type, forKey: key)
    }

    private func optional<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        try decodeIfPresent(type, forKey: key)
    }

    private func child(_ key: Key) -> NodeDecoder {
        tracker?.request(key.stringValue)
        let node = mapping.entry(key.stringValue)?.value ?? Self.empty(at: decoder.node)
        return NodeDecoder(node: node, session: decoder.session, codingPath: codingPath + [key])
    }

    /// An empty map standing in for a missing value (decoded silently).
    static func empty(at node: YAMLNode) -> YAMLNode {
        YAMLNode(.mapping(YAMLMapping()), line: node.line, column: node.column, expandedSize: 1)
    }
}
