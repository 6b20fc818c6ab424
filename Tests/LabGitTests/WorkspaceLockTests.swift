import Foundation
import LabGit
import LabTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Workspace lock")
struct WorkspaceLockTests {
    let sandbox: Sandbox
    let lock: WorkspaceLock

    init() throws {
        sandbox = try Sandbox()
        lock = WorkspaceLock(file: sandbox.url("labkit.lock"))
    }

    @Test("a second holder waits, then fails naming the holder's pid; the lock frees on exit")
    func contention() throws {
        try lock.withLock {
            let start = ContinuousClock.now
            let error = #expect(throws: WorkspaceError.self) {
                try WorkspaceLock(file: lock.file).withLock(wait: .milliseconds(200)) {}
            }
            #expect(ContinuousClock.now - start >= .milliseconds(200))
            guard case .busy(let file, let pid, let waited) = error else {
                Issue.record("expected busy, got \(String(describing: error))")
                return
            }
            #expect(file == lock.file.path)
            #expect(pid == getpid())
            #expect(waited >= .milliseconds(200))
            // However long a loaded machine took to notice: the wait, in tenths of a second.
            let tenths =
                waited.components.seconds * 10
                + waited.components.attoseconds / 100_000_000_000_000_000
            #expect(
                error?.message
                    == "another lab command (pid \(getpid())) is working in this workspace "
                    + "(waited \(tenths / 10).\(tenths % 10) s)")
            #expect(
                error?.hint
                    == "Wait for the other command to finish and try again; if no lab command is "
                    + "running, the lock in \"\(lock.file.path)\" is held by a stuck process you "
                    + "can stop.")
        }
        #expect(try lock.withLock(wait: .zero) { 42 } == 42)
    }

    @Test("the lock is released when the body throws")
    func releasedOnError() throws {
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try lock.withLock { throw Boom() }
        }
        try lock.withLock(wait: .zero) {}
    }

    @Test("the async form waits without blocking and then gets the lock")
    func asyncWaits() async throws {
        let file = lock.file
        let holding = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        // A thread, not a task: it blocks while holding the lock, and must not starve the
        // few threads the test's own task runs on.
        let holder = Thread {
            try? WorkspaceLock(file: file).withLock {
                holding.signal()
                release.wait()
            }
        }
        holder.start()
        holding.wait()
        let waiter = Task { [lock] in
            try await lock.withLock(wait: .seconds(30)) { () async throws -> Int in
                try await Task.sleep(for: .milliseconds(1))
                return 7
            }
        }
        try await Task.sleep(for: .milliseconds(50))
        release.signal()
        #expect(try await waiter.value == 7)
    }

    @Test("a holder killed with SIGKILL releases the lock")
    func killedHolderReleases() throws {
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The shell locks the file, writes its pid and becomes `sleep`, which keeps the lock.
        holder.arguments = [
            "-c", "exec 9>>\"$0\"; flock 9; echo $$ >&9; exec sleep 30", lock.file.path,
        ]
        try holder.run()
        defer {
            if holder.isRunning { kill(holder.processIdentifier, SIGKILL) }
        }
        let deadline = ContinuousClock.now + .seconds(60)
        while (try? Data(contentsOf: lock.file))?.isEmpty ?? true, ContinuousClock.now < deadline {
            usleep(10_000)
        }
        try #require(
            (try? Data(contentsOf: lock.file))?.isEmpty == false,
            "the holder never took the lock")
        let error = #expect(throws: WorkspaceError.self) {
            try lock.withLock(wait: .milliseconds(50)) {}
        }
        guard case .busy(_, let pid, _) = error else {
            Issue.record("expected busy, got \(String(describing: error))")
            return
        }
        #expect(pid == holder.processIdentifier)
        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        try lock.withLock(wait: .seconds(5)) {}
    }

    @Test("a repository's lock lives in its git directory")
    func repositoryLock() throws {
        let repository = try Repository.create(at: sandbox.url("ws"))
        #expect(repository.workspaceLock.file.path == sandbox.url("ws/.git/labkit.lock").path)
        try repository.workspaceLock.withLock {}
    }
}
