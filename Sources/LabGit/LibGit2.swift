internal import CLibGit2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Process-wide libgit2 set-up.
enum LibGit2 {
    /// libgit2 must be initialised once per process before any other call; a static `let` is
    /// initialised lazily, exactly once, and thread-safely.
    private static let initialization: Int32 = git_libgit2_init()

    /// Call before the first libgit2 call of any entry point that does not have a `Repository`.
    static func initialize() {
        _ = initialization
    }
}

/// Calls a libgit2 function that returns a new object through an out-pointer, turning a
/// negative return code into the mapped error.
///
/// The caller owns the result and frees it with the matching `git_*_free`.
func gitMake(
    _ operation: @autoclosure () -> String,
    repository path: String,
    _ call: (inout OpaquePointer?) -> Int32
) throws(WorkspaceError) -> OpaquePointer {
    var pointer: OpaquePointer?
    let code = call(&pointer)
    guard code >= 0, let pointer else {
        throw GitFailure(code: code).workspaceError(operation(), repository: path)
    }
    return pointer
}

/// Throws the mapped error when a libgit2 call returned a negative code.
///
/// Pass the call itself as `code` so `git_error_last()` is read right after it.
func gitCheck(
    _ code: Int32,
    _ operation: @autoclosure () -> String,
    repository path: String
) throws(WorkspaceError) {
    guard code < 0 else { return }
    throw GitFailure(code: code).workspaceError(operation(), repository: path)
}

/// The bytes of a path libgit2 returned, as git stores them (not always UTF-8).
func gitBytes(_ pointer: UnsafePointer<CChar>) -> [UInt8] {
    let count = strlen(pointer)
    return pointer.withMemoryRebound(to: UInt8.self, capacity: count) {
        Array(UnsafeBufferPointer(start: $0, count: count))
    }
}

/// A NUL-terminated copy of path bytes, to pass where C takes a `const char *`.
func cString(_ bytes: [UInt8]) -> [CChar] {
    bytes.map { CChar(bitPattern: $0) } + [0]
}

/// Copies a C string libgit2 returned, treating a null pointer as empty (a path that is not
/// UTF-8 comes out with replacement characters: see `gitBytes` to open or stage it).
func gitString(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
}
