import KubeModel

/// Encodes a value straight into the `OpaqueValue` tree that `JSONEncoder` followed by
/// `JSONDecoder` would give, without the JSON text in between.
///
/// Field conditions read objects as `kubectl get -o json` shows them; a rollout or a drain
/// changes objects thousands of times, and the text round trip was most of the cost. Numbers
/// become `Double`, absent optionals are left out, `nil` written explicitly is `null`, and a
/// value that writes nothing is an empty object, as with `JSONEncoder`.
struct OpaqueValueEncoder {
    func encode(_ value: some Encodable) throws -> OpaqueValue {
        let root = OpaqueSlot()
        try value.encode(to: SlotEncoder(slot: root, codingPath: []))
        return root.value
    }
}

/// One value being built: a scalar, or the members or items written so far.
private final class OpaqueSlot {
    enum Kind {
        case empty
        case scalar(OpaqueValue)
        case object
        case array
    }

    var kind = Kind.empty
    var members: [String: OpaqueSlot] = [:]
    var items: [OpaqueSlot] = []

    var value: OpaqueValue {
        switch kind {
        case .empty: .object([:])
        case .scalar(let value): value
        case .object: .object(members.mapValues(\.value))
        case .array: .array(items.map(\.value))
        }
    }

    func becomeObject() {
        if case .object = kind { return }
        kind = .object
    }

    func becomeArray() {
        if case .array = kind { return }
        kind = .array
    }
}

private struct SlotEncoder: Encoder {
    let slot: OpaqueSlot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        slot.becomeObject()
        return KeyedEncodingContainer(KeyedSlotContainer<Key>(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        slot.becomeArray()
        return UnkeyedSlotContainer(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleSlotContainer(slot: slot, codingPath: codingPath)
    }
}

/// The JSON value of a scalar, or an error for numbers JSON cannot hold.
private func scalar(_ number: Double, at codingPath: [any CodingKey]) throws -> OpaqueValue {
    guard number.isFinite else {
        throw EncodingError.invalidValue(
            number,
            .init(codingPath: codingPath, debugDescription: "\(number) is not valid in JSON"))
    }
    return .number(number)
}

private struct SingleSlotContainer: SingleValueEncodingContainer {
    let slot: OpaqueSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { slot.kind = .scalar(.null) }
    mutating func encode(_ value: Bool) throws { slot.kind = .scalar(.bool(value)) }
    mutating func encode(_ value: String) throws { slot.kind = .scalar(.string(value)) }
    mutating func encode(_ value: Double) throws {
        slot.kind = .scalar(try scalar(value, at: codingPath))
    }
    mutating func encode(_ value: Float) throws {
        // JSONEncoder writes a Float's shortest text, which JSONDecoder reads back as a Double.
        slot.kind = .scalar(try scalar(Double("\(value)") ?? Double(value), at: codingPath))
    }
    mutating func encode(_ value: Int) throws { slot.kind = .scalar(.number(Double(value))) }
    mutating func encode(_ value: Int8) throws { slot.kind = .scalar(.number(Double(value))) }
    mutating func encode(_ value: Int16) throws { slot.kind = .scalar(.number(Double(value))) }
    mutating func encode(_ value: Int32) throws { slot.kind = .scalar(.number(Double(value))) }
    mutating func encode(_ value: Int64) throws { slot.kind = .scalar(.number(Double(value))) }
    mutating func encode(_ value: UInt) throws { slot.kind = .scalar(.number(Double(value))) }
    mutating func encode(_ value: UInt8) throws { slot.kind = .scalar(.number(Double(value))) }
    mutating func encode(_ value: UInt16) throws { slot.kind = .scalar(.number(Double(value))) }
    mutating func encode(_ value: UInt32) throws { slot.kind = .scalar(.number(Double(value))) }
    mutating func encode(_ value: UInt64) throws { slot.kind = .scalar(.number(Double(value))) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: SlotEncoder(slot: slot, codingPath: codingPath))
    }
}

private struct KeyedSlotContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: OpaqueSlot
    let codingPath: [any CodingKey]

    private func child(_ key: Key) -> OpaqueSlot {
        let child = OpaqueSlot()
        slot.members[key.stringValue] = child
        return child
    }

    mutating func encodeNil(forKey key: Key) throws { child(key).kind = .scalar(.null) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try value.encode(to: SlotEncoder(slot: child(key), codingPath: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        SlotEncoder(slot: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        SlotEncoder(slot: child(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let key = OpaqueKey(stringValue: "super")
        let child = OpaqueSlot()
        slot.members[key.stringValue] = child
        return SlotEncoder(slot: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        SlotEncoder(slot: child(key), codingPath: codingPath + [key])
    }
}

private struct UnkeyedSlotContainer: UnkeyedEncodingContainer {
    let slot: OpaqueSlot
    let codingPath: [any CodingKey]
    var count: Int { slot.items.count }

    private func next() -> (OpaqueSlot, [any CodingKey]) {
        let child = OpaqueSlot()
        let path = codingPath + [OpaqueKey(intValue: slot.items.count)]
        slot.items.append(child)
        return (child, path)
    }

    mutating func encodeNil() throws { next().0.kind = .scalar(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let (child, path) = next()
        try value.encode(to: SlotEncoder(slot: child, codingPath: path))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let (child, path) = next()
        return SlotEncoder(slot: child, codingPath: path).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let (child, path) = next()
        return SlotEncoder(slot: child, codingPath: path).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let (child, path) = next()
        return SlotEncoder(slot: child, codingPath: path)
    }
}

/// A coding key for array positions and `super`.
private struct OpaqueKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.stringValue = "Index \(intValue)"
        self.intValue = intValue
    }
}
