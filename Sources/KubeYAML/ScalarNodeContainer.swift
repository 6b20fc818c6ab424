import KubeModel

/// Reads one scalar with Kubernetes' strictness: `"3"` is not an integer, `8080` is not a string.
struct ScalarNodeContainer: SingleValueDecodingContainer {
    let decoder: NodeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { decoder.node.isNull }

    func decode(_ type: Bool.Type) throws -> Bool {
        if case .bool(let value)? = decoder.node.scalar?.resolved { return value }
        mismatch(expected: "a boolean", hint: quotedHint)
        return false
    }

    func decode(_ type: String.Type) throws -> String {
        guard let scalar = decoder.node.scalar else {
            mismatch(expected: "a string", hint: nil)
            return ""
        }
        if scalar.resolved == .string { return scalar.text }
        mismatch(expected: "a string", hint: "quote it: \"\(scalar.text)\"")
        return scalar.text
    }

    func decode(_ type: Double.Type) throws -> Double {
        switch decoder.node.scalar?.resolved {
        case .int(let value)?: return Double(value)
        case .float(let value)?: return value
        default:
            mismatch(expected: "a number", hint: quotedHint)
            return 0
        }
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try decoder.decodeSelf(type)
    }

    private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        guard case .int(let value)? = decoder.node.scalar?.resolved else {
            mismatch(expected: "an integer", hint: quotedHint)
            return 0
        }
        guard let exact = T(exactly: value) else {
            decoder.report(
                "invalid value \"\(value)\" for \"\(decoder.path)\": out of range for an integer field"
            )
            return 0
        }
        return exact
    }

    /// For `replicas: "3"`: the quotes make it a string.
    private var quotedHint: String? {
        guard let scalar = decoder.node.scalar, !scalar.isPlain else { return nil }
        let resolved = YAMLScalar.resolve(plain: scalar.text)
        guard resolved != .string, resolved != .null else { return nil }
        return "remove the quotes: \(decoder.path.lastKey ?? "value"): \(scalar.text)"
    }

    private func mismatch(expected: String, hint: String?) {
        decoder.report(
            "invalid type for \"\(decoder.path)\": expected \(expected), found \(decoder.node.shapeDescription)",
            hint: hint)
    }
}
