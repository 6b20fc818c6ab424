public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lets one lab command at a time work in a workspace.
///
/// An exclusive `flock(2)` on a lock file (`.git/labkit.lock` for a repository): the kernel
/// drops it when the holder exits, even after `kill -9`, so a crash never leaves a stale lock.
/// The holder writes its pid into the file so a waiting command can say who is working. Locks
/// belong to an open file, so a second `withLock` in the same process waits too: do not nest
/// them.
public struct WorkspaceLock: Sendable {
    /// The lock file; created if missing and never deleted (deleting a file others may have
    /// open would let two holders lock different files).
    public let file: URL

    public init(file: URL) {
        self.file = file
    }

    /// How often a waiter tries again.
    private static let pollInterval = Duration.milliseconds(20)

    /// Runs `body` while holding the lock, waiting up to `wait` for another holder to finish
    /// (`.zero` tries once).
    ///
    /// - Throws: `WorkspaceError.busy` naming the holder's pid when the wait runs out, a
    ///   `fileSystem` error if the lock file cannot be opened, or whatever `body` throws.
    public func withLock<T>(wait: Duration = .seconds(10), _ body: () throws -> T) throws -> T {
        let descriptor = try openFile()
        let start = ContinuousClock.now
        do throws(WorkspaceError) {
            while !(try tryLock(descriptor)) {
                let waited = ContinuousClock.now - start
                guard waited < wait else { throw busy(waited: waited, descriptor: descriptor) }
                let pause = min(wait - waited, Self.pollInterval).components
                usleep(
                    useconds_t(pause.seconds * 1_000_000 + pause.attoseconds / 1_000_000_000_000))
            }
        } catch {
            close(descriptor)
            throw error
        }
        defer { release(descriptor) }
        return try body()
    }

    /// Runs `body` while holding the lock, waiting up to `wait` for another holder without
    /// blocking a thread (`.zero` tries once).
    ///
    /// - Throws: `WorkspaceError.busy`, a `fileSystem` error, `CancellationError` if the task is
    ///   cancelled while waiting, or whatever `body` throws.
    public func withLock<T>(
        wait: Duration = .seconds(10), _ body: () async throws -> T
    ) async throws -> T {
        let descriptor = try openFile()
        let start = ContinuousClock.now
        do {
            while !(try tryLock(descriptor)) {
                let waited = ContinuousClock.now - start
                guard waited < wait else { throw busy(waited: waited, descriptor: descriptor) }
                try await Task.sleep(for: min(wait - waited, Self.pollInterval))
            }
        } catch {
            close(descriptor)
            throw error
        }
        defer { release(descriptor) }
        return try await body()
    }

    private func openFile() throws(WorkspaceError) -> Int32 {
        let descriptor = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw systemError(file.path, "opening the lock file") }
        return descriptor
    }

    /// Takes the lock without waiting and records our pid; false when someone else holds it.
    private func tryLock(_ descriptor: Int32) throws(WorkspaceError) -> Bool {
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            if errno == EWOULDBLOCK { return false }
            throw systemError(file.path, "locking")
        }
        let pid = Array("\(getpid())\n".utf8)
        // The pid is only informative, so a failure to record it does not fail the lock.
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        return true
    }

    /// Clears our pid and unlocks; closing the descriptor alone would unlock too.
    private func release(_ descriptor: Int32) {
        _ = ftruncate(descriptor, 0)
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// The error for a wait that ran out, naming the holder's pid when it wrote one.
    private func busy(waited: Duration, descriptor: Int32) -> WorkspaceError {
        var bytes = [UInt8](repeating: 0, count: 32)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        let text = String(decoding: bytes.prefix(max(0, count)), as: UTF8.self)
        let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
        return .busy(lockFile: file.path, holderPID: pid, waited: waited)
    }
}
