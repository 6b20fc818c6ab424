import KubeModel

/// The bound of an object field's `atLeast` or `atMost`: a number, or a quantity as Kubernetes
/// writes one (`500m`, `64Mi`), held by value in base units (cores, bytes), so
/// `{field: ...requests.cpu, atMost: 500m}` compares `200m` as 0.2 ≤ 0.5.
struct ComparisonBound: Decodable {
    let value: Double
    /// The quantity as written, nil for a plain number.
    let written: String?

    init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(RawScalar.self)
        if raw.isNumber, let number = Double(raw.text) {
            value = number
            written = nil
        } else if let quantity = Quantity(raw.text) {
            value = quantity.baseUnits
            written = raw.text
        } else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription:
                        "expected a number or a quantity such as \"500m\" or \"64Mi\""))
        }
    }
}

extension Quantity {
    /// The amount in base units (cores, bytes) as a number: `500m` is 0.5.
    var baseUnits: Double { Double(milliValue) / 1000 }
}
