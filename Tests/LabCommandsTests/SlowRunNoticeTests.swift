import Foundation
import LabCommands
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

    @Test func aRunPastTheFirstDelaySaysSoUntilItEnds() {
        let lines = Lines()
        let result = Self.notice(terminal: true, into: lines).around {
            Thread.sleep(forTimeInterval: 0.3)
            return 42
        }
        #expect(result == 42)
        #expect(lines.all.count >= 2)
        #expect(lines.all.allSatisfy { $0.hasPrefix("still simulating after ") })
        let after = lines.all.count
        Thread.sleep(forTimeInterval: 0.15)
        #expect(lines.all.count == after, "nothing is written once the run ended")
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
