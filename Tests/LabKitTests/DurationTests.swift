import ClusterSim
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

    @Test(arguments: ["30x", "", "s", "30", "1m30", "m5"])
    func rejects(_ text: String) {
        #expect(ScenarioDuration(parsing: text) == nil)
    }
}
