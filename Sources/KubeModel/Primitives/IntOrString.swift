/// A field that holds either a number or a string such as `"25%"` or a port name
/// (upstream `intstr.IntOrString`).
public enum IntOrString: Sendable, Hashable, CustomStringConvertible {
    case int(Int)
    case string(String)

    public var description: String {
        switch self {
        case .int(let value): String(value)
        case .string(let value): value
        }
    }

    /// The percentage, when the value is a string of the form `"25%"`.
    public var percent: Int? {
        guard case .string(let text) = self, text.hasSuffix("%") else { return nil }
        return Int(text.dropLast())
    }

    /// True for a string that is not a percentage (a named port such as `"http"`).
    public var isName: Bool {
        if case .string = self { return percent == nil }
        return false
    }

    /// Upstream `intstr.GetScaledValueFromIntOrPercent`: an int as is, `"p%"` as
    /// `p × total / 100` rounded up or down.
    ///
    /// Nil for a string that is not a percentage.
    public func scaledValue(total: Int, roundUp: Bool) -> Int? {
        switch self {
        case .int(let value):
            return value
        case .string:
            guard let percent else { return nil }
            let product = percent * total
            let (quotient, remainder) = product.quotientAndRemainder(dividingBy: 100)
            if roundUp, remainder > 0 { return quotient + 1 }
            return quotient
        }
    }
}

extension IntOrString: Codable {
    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(RawScalar.self)
        if raw.isNumber {
            guard let value = Int(raw.text) else {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: decoder.codingPath,
                        debugDescription:
                            "cannot unmarshal number \(raw.text) into an int or string"
                    ))
            }
            self = .int(value)
        } else {
            self = .string(raw.text)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .int(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        }
    }
}

extension IntOrString: ExpressibleByIntegerLiteral, ExpressibleByStringLiteral {
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(stringLiteral value: String) { self = .string(value) }
}
