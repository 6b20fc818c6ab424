import Foundation
import LabCommands
import LabTestSupport
import Testing

@Suite("A long check says it is still running")
struct SlowRunNoticeTests {
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func append(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }

    static func notice(terminal: Bool, into lines: Lines) -> SlowRunNotice {
        var notice = SlowRunNotice()
        notice.firstAfter = 0.05
        notice.every = 0.05
        notice.isTerminal = terminal
        notice.write = { lines.append($0) }
        return notice
    }

    /// The run lasts until two notices are out, however slow the machine (a fixed sleep
    /// would give fewer on a loaded one); none comes once `around` has returned.
    @Test func aRunPastTheFirstDelaySaysSoUntilItEnds() {
        let lines = Lines()
        let result = Self.notice(terminal: true, into: lines).around {
            let deadline = Date().addingTimeInterval(60)
            while lines.all.count < 2, Date() < deadline { usleep(1_000) }
            return 42
        }
        #expect(result == 42)
        let said = lines.all
        // Whole seconds, so 0.05 and 0.1 s both read 0; two or three, as the run ends.
        #expect(said.count >= 2 && said.count <= 3, "\(said)")
        #expect(
            Set(said) == [
                "still simulating after 0 s (a large workload makes the run long; Ctrl-C "
                    + "stops it)\n"
            ])
        Thread.sleep(forTimeInterval: 0.15)
        #expect(lines.all == said, "nothing is written once the run ended")
    }

    @Test func nothingIsWrittenWhenStandardErrorIsNotATerminal() {
        let lines = Lines()
        Self.notice(terminal: false, into: lines).around { Thread.sleep(forTimeInterval: 0.15) }
        #expect(lines.all.isEmpty)
    }

    @Test func aQuickRunSaysNothing() {
        let lines = Lines()
        Self.notice(terminal: true, into: lines).around {}
        #expect(lines.all.isEmpty)
    }
}
