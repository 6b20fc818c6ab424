// `stdout` is a C global: preconcurrency lets this one place read it (so no Foundation here,
// which would import the C library again without it).
#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    @preconcurrency import Darwin
#endif

/// Standard output at the end of a command: what could not be written (a full disk,
/// `> /dev/full`) is an error, as in other command-line tools.
enum StandardOutput {
    /// Flushes standard output and exits with `exitCode`; when some output was lost, says so in
    /// one line on standard error and exits 1 (or `exitCode` if that already is a failure).
    static func finish(exitCode: Int32) -> Never {
        let flushed = fflush(stdout) == 0
        let reason = flushed ? nil : String(cString: strerror(errno))
        if !flushed || ferror(stdout) != 0 {
            let detail = reason.map { ": \($0.lowercased())" } ?? ""
            let line = Array("error: cannot write the output to standard output\(detail)\n".utf8)
            _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            exit(exitCode == 0 ? 1 : exitCode)
        }
        exit(exitCode)
    }
}
