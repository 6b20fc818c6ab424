import Foundation
import LabWorkspace

/// A fresh temporary directory for one test, removed when the test's suite instance goes away.
final class Sandbox {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("labworkspace-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    func url(_ path: String) -> URL {
        root.appendingPathComponent(path)
    }

    /// Writes a file the way a student's editor would: plainly, creating directories.
    func write(_ path: String, _ text: String) throws {
        let url = url(path)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) -> String? {
        (try? Data(contentsOf: url(path))).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: url(path).path)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: url(path))
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
