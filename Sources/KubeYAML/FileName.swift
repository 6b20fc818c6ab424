import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file as the file system names it (bytes) and as diagnostics show it (text).
///
/// A name need not be UTF-8: an archive made on a Korean Windows system unpacks with CP949
/// names. Foundation's listing decodes such a name into text that no longer opens the file, so
/// directories are listed and files opened by their bytes, and the name is shown with each byte
/// that is not UTF-8 escaped (`caf\xE9.yaml`), as `ls -b` does.
struct FileName: Sendable {
    let bytes: [UInt8]
    let text: String

    init(_ path: String) {
        bytes = Array(path.utf8)
        text = path
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
        text = String(validating: bytes, as: UTF8.self) ?? Self.escaped(bytes)
    }

    /// `directory/name`.
    func appending(_ name: [UInt8]) -> FileName {
        FileName(bytes: bytes.last == UInt8(ascii: "/") ? bytes + name : bytes + [0x2F] + name)
    }

    /// The names directly inside this directory (not `.` and `..`), nil when it cannot be read.
    func directoryEntries() -> [[UInt8]]? {
        guard let directory = opendir(cString) else { return nil }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name != [0x2E], name != [0x2E, 0x2E] { names.append(name) }
        }
        return names
    }

    /// The file's bytes, up to `limit + 1` of them (so a caller can tell it was longer).
    ///
    /// Opened without blocking and checked to be a regular file once open, so a file swapped
    /// for a named pipe after it was listed cannot hang the reader.
    func contents(limit: Int) -> [UInt8]? {
        let descriptor = open(cString, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        // Back to blocking reads: on a regular file they never wait.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return count == 0 ? bytes : nil }
            bytes += chunk[0..<count]
        }
        return bytes
    }

    /// What a status that is neither a regular file nor a folder names (`a named pipe (FIFO)`);
    /// nil for those two.
    static func specialKind(_ info: stat) -> String? {
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFDIR: nil
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFSOCK: "a socket"
        case S_IFCHR, S_IFBLK: "a device"
        default: "a special file"
        }
    }

    /// Size and kind, nil when there is nothing at this name.
    func status() -> stat? {
        var info = stat()
        return stat(cString, &info) == 0 ? info : nil
    }

    /// The name NUL-terminated, for the C calls that take a `const char *`.
    private var cString: [CChar] {
        bytes.map { CChar(bitPattern: $0) } + [0]
    }

    /// Valid UTF-8 kept as text; every other byte as `\xHH`.
    private static func escaped(_ bytes: [UInt8]) -> String {
        var text = ""
        var start = 0
        while start < bytes.count {
            var end = bytes.count
            while end > start, String(validating: bytes[start..<end], as: UTF8.self) == nil {
                end -= 1
            }
            if end > start {
                text += String(decoding: bytes[start..<end], as: UTF8.self)
                start = end
            } else {
                text += "\\x" + String(bytes[start], radix: 16, uppercase: true)
                start += 1
            }
        }
        return text
    }
}
