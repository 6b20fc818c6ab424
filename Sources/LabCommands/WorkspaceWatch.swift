import Foundation
import LabWorkspace

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Set by the SIGINT handler; a plain global because a signal handler can capture nothing.
nonisolated(unsafe) private var interrupted: sig_atomic_t = 0

/// `lab watch` and `lab check --watch`: check, then check again whenever a file in the lab's
/// folder is saved, until Ctrl-C.
enum WorkspaceWatch {
    /// How often the folder is polled: often enough that a save is re-checked at once
    /// (docs/benchmarks.md), and a fingerprint of a lab folder costs microseconds.
    static let interval: useconds_t = 50_000
    /// How long a save is left to settle before the check reads the files.
    static let settle: useconds_t = 20_000

    /// Runs `check` now and after each change of `folder`; returns (exit 0) on Ctrl-C, after
    /// letting a check in progress finish, so a recording is never cut in half.
    static func run(folder: URL, check: () throws -> Bool) throws {
        signal(SIGINT) { _ in interrupted = 1 }
        // A parent may have blocked SIGINT (test runners do); the child inherits the mask.
        var sigint = sigset_t()
        sigemptyset(&sigint)
        sigaddset(&sigint, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &sigint, nil)
        defer { signal(SIGINT, SIG_DFL) }
        FileHandle.standardError.write(
            Data("watching \(folder.path) (saves re-check; Ctrl-C stops)\n".utf8))
        var seen = FolderFingerprint(of: folder)
        _ = try? check()
        fflush(nil)
        while interrupted == 0 {
            usleep(interval)
            let now = FolderFingerprint(of: folder)
            guard now != seen, interrupted == 0 else { continue }
            // Editors write in steps (a temporary file, then a rename): let the save settle.
            usleep(settle)
            seen = FolderFingerprint(of: folder)
            print("\n── \(WorkspaceText.time(Date())) change in \(folder.lastPathComponent)/ ──\n")
            _ = try? check()
            // Piped output is block-buffered: show each report as soon as it is done.
            fflush(nil)
        }
        FileHandle.standardError.write(Data("\nstopped watching\n".utf8))
    }
}
