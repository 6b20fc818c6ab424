public import ClusterSim
import KubeModel

/// A duration written as Go and kubectl write them: `30s`, `5m`, `1m30s`, `500ms`, `2h`.
///
/// A plain number is not accepted: `30` could mean seconds or milliseconds.
public struct ScenarioDuration: Sendable, Hashable, Decodable, CustomStringConvertible {
    public var time: VirtualTime
    public let text: String

    public init(_ time: VirtualTime) {
        self.time = time
        self.text = time.description
    }

    /// Parses `1m30s`; nil when the text is not a sequence of number-and-unit pairs.
    public init?(parsing text: String) {
        guard let time = Self.parse(text) else { return nil }
        self.time = time
        self.text = text
    }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(RawScalar.self)
        guard let parsed = Self(parsing: raw.text) else {
            let hint = raw.isNumber ? "; add a unit, as in \"\(raw.text)s\"" : ""
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription:
                        "expected a duration such as \"30s\", \"5m\", \"1m30s\" or \"500ms\""
                        + hint))
        }
        self = parsed
    }

    public var description: String { text }

    /// A hundred years in milliseconds: no lab or scenario waits longer.
    static let longest = 100 * 365.25 * 86_400_000.0

    static let units: [(String, Int64)] = [
        ("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000),
    ]

    static func parse(_ text: String) -> VirtualTime? {
        var rest = Substring(text)
        var total: Int64 = 0
        guard !rest.isEmpty else { return nil }
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isNumber || $0 == "." }
            guard !digits.isEmpty, let value = Double(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            let letters = rest.prefix { $0.isLetter }
            guard let unit = units.first(where: { $0.0 == letters }) else { return nil }
            rest = rest.dropFirst(letters.count)
            // Longer than any run could last (a fuzzed `1555…5s` once trapped converting it).
            let milliseconds = (value * Double(unit.1)).rounded()
            guard milliseconds < Self.longest else { return nil }
            total += Int64(milliseconds)
            guard total < Int64(Self.longest) else { return nil }
        }
        return .milliseconds(total)
    }
}
