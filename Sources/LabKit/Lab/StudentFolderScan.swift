import Foundation
import KubeYAML

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A student's lab folder on disk, walked as git would record it and judged by the grader's
/// rules (`LabFileRules`), without following a symbolic link or opening anything but a regular
/// file (a named pipe would block a reader forever).
public struct StudentFolderScan: Sendable {
    /// One file, link or other non-folder entry.
    public struct Entry: Sendable, Hashable {
        /// Relative to the folder, `/` separators; a name that is not UTF-8 shows U+FFFD.
        public var path: String
        public var kind: LabFileRules.EntryKind
        public var size: Int
        /// Git would treat it as binary: a NUL byte in its first 8,000 bytes, git's own test.
        public var isBinary: Bool

        /// Hidden, or inside a hidden folder (an editor's swap file, say).
        public var isHidden: Bool {
            path.split(separator: "/").contains { $0.hasPrefix(".") }
        }

        /// `lab check` reads it as a manifest: a file directly in the folder, not hidden, named
        /// `*.yaml`, `*.yml` or `*.json` (what `kubectl apply -f DIR` reads).
        public var isManifest: Bool {
            !path.contains("/") && !isHidden
                && ManifestLoader.manifestExtensions.contains(
                    (path as NSString).pathExtension.lowercased())
        }
    }

    public let rules: LabFileRules
    /// Every entry but folders, sorted by the bytes of its path, as the grader reads a tree.
    public private(set) var entries: [Entry] = []
    /// The entries the grader would skip, each with the rule that skips it.
    public private(set) var refused: [(entry: Entry, refusal: LabFileRules.Refusal)] = []
    /// Folders directly in the lab folder named like a manifest (`order.yaml/`).
    public private(set) var manifestNamedFolders: [String] = []

    /// Scans `folder`; an entry that cannot be read is left out (git could not record it).
    public init(folder: String, rules: LabFileRules = .standard) {
        self.rules = rules
        var found: [([UInt8], Entry)] = []
        walk(Array(folder.utf8), relative: [], into: &found)
        found.sort { $0.0.lexicographicallyPrecedes($1.0) }
        entries = found.map(\.1)
        var read = 0
        for entry in entries {
            if let refusal = rules.verdict(
                path: entry.path, kind: entry.kind, size: entry.size, filesRead: read)
            {
                refused.append((entry, refusal))
            } else if entry.path != LabFileRules.instructionsFile {
                read += 1
            }
        }
    }

    /// Files `lab check` does not commit: over the size limit, or binary.
    ///
    /// Neither is a manifest, and either would make every later commit (and the handed-in
    /// bundle) heavy.
    public var unrecordable: [Entry] {
        entries.filter { $0.kind == .file && ($0.size > rules.maxFileBytes || $0.isBinary) }
    }

    private mutating func walk(
        _ directory: [UInt8], relative: [UInt8], into found: inout [([UInt8], Entry)]
    ) {
        guard let handle = opendir(Self.cString(directory)) else { return }
        defer { closedir(handle) }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name != Array(".".utf8), name != Array("..".utf8), name != Array(".git".utf8) {
                names.append(name)
            }
        }
        for name in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let full = directory + [0x2F] + name
            let path = relative.isEmpty ? name : relative + [0x2F] + name
            var info = stat()
            guard lstat(Self.cString(full), &info) == 0 else { continue }
            let text = String(decoding: path, as: UTF8.self)
            let kind: LabFileRules.EntryKind
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                var git = stat()
                if lstat(Self.cString(full + Array("/.git".utf8)), &git) == 0 {
                    kind = .submodule
                } else {
                    if relative.isEmpty, !text.hasPrefix("."),
                        ManifestLoader.manifestExtensions.contains(
                            (text as NSString).pathExtension.lowercased())
                    {
                        manifestNamedFolders.append(text)
                    }
                    walk(full, relative: path, into: &found)
                    continue
                }
            case S_IFREG: kind = .file
            case S_IFLNK: kind = .symlink
            case S_IFIFO: kind = .special("a named pipe (FIFO)")
            case S_IFSOCK: kind = .special("a socket")
            default: kind = .special("a device")
            }
            let isBinary = kind == .file && Self.looksBinary(full)
            found.append(
                (path, Entry(path: text, kind: kind, size: Int(info.st_size), isBinary: isBinary)))
        }
    }

    /// Git's test: a NUL byte in the first 8,000 bytes.
    ///
    /// Opened without blocking and without following a link, and checked to be a regular file
    /// once open.
    private static func looksBinary(_ path: [UInt8]) -> Bool {
        let descriptor = open(cString(path), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        var buffer = [UInt8](repeating: 0, count: 8000)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        return count > 0 && buffer[..<count].contains(0)
    }

    private static func cString(_ bytes: [UInt8]) -> [CChar] {
        bytes.map { CChar(bitPattern: $0) } + [0]
    }
}
