import Foundation
import KubeModel
import Testing

@Suite struct QuantityTests {
    @Test(
        arguments: [
            ("200m", 200, 1, "200m"),
            ("1Gi", 1_073_741_824_000, 1_073_741_824, "1Gi"),
            ("1G", 1_000_000_000_000, 1_000_000_000, "1G"),
            ("0.5", 500, 1, "500m"),
            ("1e3", 1_000_000, 1000, "1e3"),
            ("500Mi", 524_288_000_000, 524_288_000, "500Mi"),
            ("2", 2000, 2, "2"),
            ("100k", 100_000_000, 100_000, "100k"),
            ("1.5Gi", 1_610_612_736_000, 1_610_612_736, "1536Mi"),
            ("1000", 1_000_000, 1000, "1k"),
            ("512", 512_000, 512, "512"),
            ("-1", -1000, -1, "-1"),
            ("0", 0, 0, "0"),
        ] as [(String, Int64, Int64, String)])
    func parses(text: String, milli: Int64, value: Int64, canonical: String) throws {
        let quantity = try #require(Quantity(text))
        #expect(quantity.milliValue == milli)
        #expect(quantity.value == value)
        #expect(quantity.description == canonical)
    }

    @Test func subMilliRoundsUpAndKeepsText() throws {
        let quantity = try #require(Quantity("1n"))
        #expect(quantity.milliValue == 1)
        #expect(quantity.description == "1n")
        #expect(try #require(Quantity("1.5m")).milliValue == 2)
    }

    @Test(arguments: ["", "abc", "1.2.3", "1Zi", "m", "1e", "1 Gi", "--1", "1KiB"])
    func rejects(text: String) {
        #expect(Quantity(text) == nil)
    }

    @Test func comparesByValue() throws {
        #expect(try #require(Quantity("1Gi")) == #require(Quantity("1024Mi")))
        #expect(try #require(Quantity("0.5")) == #require(Quantity("500m")))
        #expect(try #require(Quantity("200m")) < #require(Quantity("1")))
        let set: Set<Quantity> = [try #require(Quantity("1")), try #require(Quantity("1000m"))]
        #expect(set.count == 1)
    }

    @Test func decodesNumbersAndStringsAndReportsUpstreamMessage() throws {
        struct Box: Codable { var q: Quantity }
        let number = try JSONDecoder().decode(Box.self, from: Data(#"{"q":0.5}"#.utf8))
        #expect(number.q.milliValue == 500)
        let text = try JSONDecoder().decode(Box.self, from: Data(#"{"q":"250m"}"#.utf8))
        #expect(text.q.milliValue == 250)
        do {
            _ = try JSONDecoder().decode(Box.self, from: Data(#"{"q":"lots"}"#.utf8))
            Issue.record("expected a decoding error")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription == Quantity.syntaxMessage)
            #expect(context.debugDescription.hasPrefix("quantities must match"))
        }
        let encoded = try JSONEncoder().encode(Box(q: try #require(Quantity("1.5Gi"))))
        #expect(String(decoding: encoded, as: UTF8.self) == #"{"q":"1536Mi"}"#)
    }
}

@Suite struct IntOrStringTests {
    @Test(
        arguments: [
            (IntOrString.string("25%"), 10, true, 3),
            (.string("25%"), 10, false, 2),
            (.string("100%"), 7, true, 7),
            (.string("0%"), 7, true, 0),
            (.int(3), 10, false, 3),
            (.string("50%"), 3, true, 2),
            (.string("50%"), 3, false, 1),
        ] as [(IntOrString, Int, Bool, Int)])
    func scales(value: IntOrString, total: Int, roundUp: Bool, expected: Int) {
        #expect(value.scaledValue(total: total, roundUp: roundUp) == expected)
    }

    @Test func nonPercentStringHasNoScaledValue() {
        #expect(IntOrString.string("http").scaledValue(total: 10, roundUp: true) == nil)
        #expect(IntOrString.string("http").isName)
    }

    @Test func decodesIntAndString() throws {
        struct Box: Codable { var v: IntOrString }
        let int = try JSONDecoder().decode(Box.self, from: Data(#"{"v":8080}"#.utf8))
        #expect(int.v == .int(8080))
        let string = try JSONDecoder().decode(Box.self, from: Data(#"{"v":"25%"}"#.utf8))
        #expect(string.v == .string("25%"))
        #expect(string.v.percent == 25)
    }
}
