extension Quantity: Codable {
    /// Reads `200m`, `"1Gi"` and plain numbers such as `0.5` alike.
    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(RawScalar.self)
        guard let quantity = Quantity(raw.text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: Quantity.syntaxMessage))
        }
        self = quantity
    }

    /// Writes the canonical text, as the API server serializes quantities.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
