import ClusterSim
import Foundation
import LabKit
import Testing

@Suite struct DurationTests {
    @Test(
        arguments: [
            ("30s", 30_000), ("5m", 300_000), ("1m30s", 90_000), ("500ms", 500), ("2h", 7_200_000),
            ("1.5s", 1_500),
        ] as [(String, Int64)])
    func parses(_ text: String, _ milliseconds: Int64) {
        #expect(ScenarioDuration(parsing: text)?.time == .milliseconds(milliseconds))
    }

    /// Longer than a hundred years is refused, not trapped: `make fuzz-cov` found a lab.yaml
    /// whose `155…5s` overflowed the conversion to milliseconds.
    @Test(arguments: [
        "30x", "", "s", "30", "1m30", "m5", String(repeating: "5", count: 40) + "s",
        "9223372036854775807h", "4000000000000h", "1e300ms",
    ])
    func rejects(_ text: String) {
        #expect(ScenarioDuration(parsing: text) == nil)
    }

    /// The fuzzed lab.yaml itself (Fuzz/Regressions/LabDefinition) parses to diagnostics.
    @Test func theFuzzedLabFileIsRefusedWithoutATrap() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz/Regressions/LabDefinition")
            .appendingPathComponent("duration-longer-than-int64.yaml")
        let bytes = try [UInt8](Data(contentsOf: url))
        let parse = LabParser().parse(bytes: bytes, file: "lab.yaml")
        #expect(parse.lab == nil)
        #expect(!parse.diagnostics.isEmpty)
    }
}
