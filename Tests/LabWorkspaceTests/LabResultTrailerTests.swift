import LabWorkspace
import Testing

@Suite("The Lab-Result trailer")
struct LabResultTrailerTests {
    @Test func roundTrips() {
        let result = LabResultTrailer(passed: true, checksPassed: 5, checksTotal: 5)
        #expect(result.value == "pass 5/5")
        #expect(
            LabResultTrailer(value: "fail 3/5")
                == .init(passed: false, checksPassed: 3, checksTotal: 5))
    }

    @Test(arguments: [
        "", "pass", "passed 5/5", "pass 6/5", "pass -1/5", "pass 5/x", "pass 5/5 extra",
    ])
    func rejectsAnythingElse(_ value: String) {
        #expect(LabResultTrailer(value: value) == nil)
    }
}
