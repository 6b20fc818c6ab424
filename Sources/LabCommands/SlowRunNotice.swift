import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tells a student at a terminal that a check is still running.
///
/// A lab runs in well under a second, but a large workload (thousands of replicas) can keep the
/// simulation busy for minutes; without a word, that looks like a hang. Lines go to standard
/// error, only when it is a terminal, so `--json` output and scripts see nothing.
public struct SlowRunNotice: Sendable {
    public var firstAfter: Double = 3
    public var every: Double = 10
    public var isTerminal: Bool = isatty(STDERR_FILENO) == 1
    public var write: @Sendable (String) -> Void = { text in
        FileHandle.standardError.write(Data(text.utf8))
    }

    public init() {}

    /// Runs `body`, saying every few seconds of wall time that it still runs.
    public func around<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        guard isTerminal else { return try body() }
        let done = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let (firstAfter, every, write) = (firstAfter, every, write)
        Thread {
            var waited = firstAfter
            while done.wait(timeout: .now() + (waited == firstAfter ? firstAfter : every))
                == .timedOut
            {
                write(
                    "still simulating after \(Int(waited)) s (a large workload makes the run "
                        + "long; Ctrl-C stops it)\n")
                waited += every
            }
            finished.signal()
        }.start()
        defer {
            done.signal()
            finished.wait()
        }
        return try body()
    }
}
