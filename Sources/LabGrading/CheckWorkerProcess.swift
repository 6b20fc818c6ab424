import Foundation
import Synchronization

/// One `lab grade worker` child process, used by one grading thread at a time.
///
/// A check that runs past its limit gets the process killed (SIGKILL: a simulation cannot be
/// interrupted any other way); the next check starts a new process.
final class CheckWorkerProcess {
    let executable: URL
    let arguments: [String]
    private var running: Running?

    /// A started process, its request pipe, and the answers its reader thread collects.
    private final class Running: Sendable {
        let process: Process
        let requests: FileHandle
        let answers = Mutex<[Data?]>([])
        let arrived = DispatchSemaphore(value: 0)

        init(process: Process, requests: FileHandle) {
            self.process = process
            self.requests = requests
        }
    }

    /// What became of one request.
    enum Answer {
        case outcome(Data)
        case timedOut
        case died(String)
    }

    init(executable: URL, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }

    deinit {
        // The worker ends when its input closes.
        try? running?.requests.close()
    }

    /// Kills the worker (it answered nonsense); the next request starts a new one.
    func stop() {
        guard let worker = running else { return }
        kill(worker.process.processIdentifier, SIGKILL)
        try? worker.requests.close()
        running = nil
    }

    /// Sends `request` (one line of JSON) and waits up to `limit` for the answer line.
    func ask(_ request: Data, limit: Duration) -> Answer {
        let worker: Running
        do {
            worker = try running ?? start()
        } catch {
            return .died("cannot start the check worker: \(error)")
        }
        running = worker
        guard Self.send(request + Data("\n".utf8), to: worker.requests) else {
            running = nil
            return .died(Self.ending(of: worker))
        }
        let seconds =
            Double(limit.components.seconds) + Double(limit.components.attoseconds) / 1e18
        guard worker.arrived.wait(timeout: .now() + seconds) == .success else {
            kill(worker.process.processIdentifier, SIGKILL)
            try? worker.requests.close()
            running = nil
            return .timedOut
        }
        // Nil: no answer queued (cannot happen after a signal); .some(nil): the output ended.
        let answer = worker.answers.withLock { queue -> Data?? in
            queue.isEmpty ? .none : .some(queue.removeFirst())
        }
        guard let answer, let line = answer else {
            running = nil
            return .died(Self.ending(of: worker))
        }
        return .outcome(line)
    }

    /// How a worker whose output ended went: it is given a moment to exit, never waited on
    /// without a bound (Foundation notices an exit only when every descendant is gone too).
    private static func ending(of worker: Running) -> String {
        try? worker.requests.close()
        for _ in 0..<100 where worker.process.isRunning {
            usleep(10_000)
        }
        guard !worker.process.isRunning else {
            kill(worker.process.processIdentifier, SIGKILL)
            return "the check worker closed its output without answering"
        }
        let how =
            worker.process.terminationReason == .uncaughtSignal
            ? "signal \(worker.process.terminationStatus)"
            : "status \(worker.process.terminationStatus)"
        return "the check worker died (\(how)): out of memory or crashed"
    }

    /// Writes all of `data`; false when the worker no longer reads (it died).
    private static func send(_ data: Data, to handle: FileHandle) -> Bool {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(
                    handle.fileDescriptor, buffer.baseAddress.map { $0 + offset },
                    buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }

    private func start() throws -> Running {
        // A worker that dies must not take the grader with it: writing to its pipe then fails
        // with EPIPE instead of raising SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let requests = Pipe()
        let answers = Pipe()
        process.standardInput = requests
        process.standardOutput = answers
        process.standardError = FileHandle.nullDevice
        try process.run()
        let running = Running(process: process, requests: requests.fileHandleForWriting)
        let output = answers.fileHandleForReading
        let reader = Thread {
            var lines = LineReader(handle: output)
            while let line = lines.next() {
                running.answers.withLock { $0.append(line) }
                running.arrived.signal()
            }
            // End of output: the process is gone; a nil answer says so.
            running.answers.withLock { $0.append(nil) }
            running.arrived.signal()
        }
        reader.start()
        return running
    }
}
