#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The file-system error for the current `errno`, read right after the failing call.
func systemError(_ path: String, _ action: String) -> WorkspaceError {
    let code = errno
    return .fileSystem(path: path, detail: "\(action) failed: \(String(cString: strerror(code)))")
}
