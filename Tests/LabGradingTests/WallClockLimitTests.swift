import Foundation
import LabTestSupport
import Testing

@testable import LabGrading

@Suite("lab grade: wall-time limit")
struct WallClockLimitTests {
    @Test func workPastTheLimitIsAbandoned() {
        let release = DispatchSemaphore(value: 0)
        let result = WallClockLimit.run(limit: .milliseconds(20)) { () -> Int in
            release.wait()
            return 1
        }
        release.signal()
        #expect(result == nil)
    }

    @Test func workWithinTheLimitReturnsItsValue() {
        #expect(WallClockLimit.run(limit: .seconds(60)) { 42 } == 42)
    }
}
