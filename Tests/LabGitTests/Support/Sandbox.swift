import Foundation
import LabGit
import LabTestSupport

/// A fresh temporary folder for one test (`LabTestSupport.ScratchFolder`).
final class Sandbox: ScratchFolder {
    init() throws {
        try super.init(prefix: "labgit-tests")
    }
}

/// The identity and time tests commit with, so ids are reproducible.
let student = Identity(name: "Ada Student", email: "ada@example.edu")
let fixedTime = SignatureTime(secondsSince1970: 1_700_000_000, utcOffsetMinutes: 120)
let fixedClock = SignatureClock.fixed(fixedTime)

/// A clock that ticks one minute per reading, so successive commits have distinct times.
func tickingClock(from start: Int64 = 1_700_000_000) -> SignatureClock {
    let counter = Counter()
    return SignatureClock {
        SignatureTime(secondsSince1970: start + 60 * counter.next(), utcOffsetMinutes: 0)
    }
}

/// A thread-safe counter for `tickingClock`.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int64 = 0

    func next() -> Int64 {
        lock.withLock {
            defer { value += 1 }
            return value
        }
    }
}

extension Repository {
    /// Commits with the test identity and clock.
    @discardableResult
    func record(
        _ paths: [String], _ subject: String, files: [WorkspaceFile] = [],
        trailers: [Trailer] = [], clock: SignatureClock = fixedClock, allowEmpty: Bool = false
    ) throws -> ObjectID? {
        try commit(
            paths: paths, writing: files,
            message: CommitMessage(subject: subject, trailers: trailers), author: student,
            clock: clock, allowEmpty: allowEmpty)
    }
}
