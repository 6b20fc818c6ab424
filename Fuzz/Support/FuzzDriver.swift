internal import CFuzzer

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The body libFuzzer calls with each input; a global because a C callback captures nothing.
nonisolated(unsafe) private var fuzzTarget: (([UInt8]) -> Void)?

/// Runs a harness under libFuzzer: the harness's top-level code calls `run`, which hands the
/// process to `LLVMFuzzerRunDriver` (libFuzzer's own `main` never runs: this one is Swift's).
///
/// A harness traps (`precondition`) when an oracle fails; libFuzzer then saves the input as
/// `crash-<sha1>` and exits non-zero. Run with `SWIFT_BACKTRACE=enable=no` so a trap exits at
/// once instead of waiting in Swift's backtracer (docs/fuzzing.md).
public enum FuzzDriver {
    public static func run(_ body: @escaping ([UInt8]) -> Void) -> Never {
        fuzzTarget = body
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        let code = withUnsafeMutablePointer(to: &argv) { pointer in
            pointer.withMemoryRebound(
                to: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?.self, capacity: 1
            ) { argvPointer in
                LLVMFuzzerRunDriver(&argc, argvPointer) { data, size in
                    let bytes =
                        data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
                    fuzzTarget?(bytes)
                    return 0
                }
            }
        }
        exit(code)
    }

    /// An oracle: when `condition` fails, says why on standard error (an optimized build drops
    /// `precondition`'s message) and aborts, which libFuzzer reports as a crash.
    public static func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fail(message()) }
    }

    /// Says why on standard error and aborts: a failed oracle.
    public static func fail(_ message: String) -> Never {
        let line = Array("oracle failed: \(message)\n".utf8)
        _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        abort()
    }
}

/// The lines of `bytes` as an editor and YAML count them (LF, CR LF, a lone CR, NEL, LINE
/// SEPARATOR, PARAGRAPH SEPARATOR), for the oracles that check positions lie inside a file.
public func editorLineCount(_ bytes: [UInt8]) -> Int {
    let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    var count = 1
    var index = 0
    while index < scalars.count {
        switch scalars[index].value {
        case 0x0D:
            count += 1
            if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
        case 0x0A, 0x85, 0x2028, 0x2029:
            count += 1
        default: break
        }
        index += 1
    }
    return count
}
