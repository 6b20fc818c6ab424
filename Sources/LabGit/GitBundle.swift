public import Foundation

/// The header of a git bundle: the references it carries, each with the object it names.
///
/// A bundle (`git bundle create FILE --all`) is a text header, `# v2 git bundle`, one
/// `<id> <reference>` line per reference and a blank line, followed by a packfile holding every
/// object those references reach. It lets a whole repository travel as one file.
public struct GitBundle: Sendable, Hashable {
    /// One reference line of the header.
    public struct Reference: Sendable, Hashable {
        /// `HEAD` or a full name such as `refs/heads/main` or `refs/tags/lab/hpa/passed`.
        public var name: String
        public var target: ObjectID

        public init(name: String, target: ObjectID) {
            self.name = name
            self.target = target
        }
    }

    /// 2, or 3 for bundles that declare capabilities (only `@object-format=sha1` is accepted).
    public var version: Int
    public var references: [Reference]

    public init(version: Int, references: [Reference]) {
        self.version = version
        self.references = references
    }

    /// The default size limit for reading bundles: 256 MiB, far more than a course's worth of
    /// manifests.
    public static let defaultMaxBytes = 256 << 20

    /// Longest header accepted; thousands of references fit.
    static let maxHeaderBytes = 1 << 20

    /// Reads and checks the header of the bundle at `url` without touching its pack.
    ///
    /// - Throws: `tooLarge` past `maxBytes`, `malformedBundle` for anything that is not a
    ///   complete v2 or v3 SHA-1 bundle, `fileSystem` if it cannot be read.
    public static func readHeader(
        at url: URL, maxBytes: Int = defaultMaxBytes
    ) throws(WorkspaceError) -> GitBundle {
        try BundleFile(url: url, maxBytes: maxBytes).bundle
    }
}

/// An open bundle file whose header has been parsed; the pack follows at `packOffset`.
struct BundleFile {
    let url: URL
    let bundle: GitBundle
    let packOffset: Int
    let size: Int

    init(url: URL, maxBytes: Int) throws(WorkspaceError) {
        self.url = url
        let path = url.path
        let handle: FileHandle
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw .fileSystem(path: path, detail: "cannot read the bundle: \(error)")
        }
        defer { try? handle.close() }
        guard size <= maxBytes else { throw .tooLarge(path: path, size: size, limit: maxBytes) }
        let head: Data
        do {
            head = try handle.read(upToCount: GitBundle.maxHeaderBytes + 4) ?? Data()
        } catch {
            throw .fileSystem(path: path, detail: "cannot read the bundle: \(error)")
        }
        (bundle, packOffset) = try Self.parse(Array(head), path: path, fileSize: size)
    }

    /// The fewest bytes one object takes in a pack: a one-byte type and size, and the
    /// smallest zlib stream (8 bytes).
    static let minimumObjectBytes = 9

    /// Parses the header lines and checks that a pack follows them, whose object count the
    /// file's `fileSize` can hold: libgit2's indexer sizes its tables by that count before
    /// reading any object, so a 300-byte bundle claiming 650 million objects would make it
    /// allocate gigabytes.
    static func parse(
        _ bytes: [UInt8], path: String, fileSize: Int
    ) throws(WorkspaceError) -> (GitBundle, Int) {
        func malformed(_ reason: String) -> WorkspaceError {
            .malformedBundle(path: path, reason: reason)
        }
        let newline = UInt8(ascii: "\n")
        guard
            let end = bytes.indices.dropLast().first(where: {
                bytes[$0] == newline && bytes[$0 + 1] == newline
            }), end < GitBundle.maxHeaderBytes
        else {
            throw malformed("no blank line ends the header in its first MiB")
        }
        let lines = bytes[..<end].split(separator: newline, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        let version: Int
        switch lines.first {
        case "# v2 git bundle": version = 2
        case "# v3 git bundle": version = 3
        default: throw malformed("it does not start with \"# v2 git bundle\"")
        }
        var references: [GitBundle.Reference] = []
        for (number, line) in lines.enumerated().dropFirst() {
            if line.hasPrefix("-") {
                throw malformed(
                    "it is incremental: it needs commits it does not contain (line \(number + 1))")
            }
            if line.hasPrefix("@") {
                guard version == 3 else { throw malformed("capability line in a v2 bundle") }
                guard line == "@object-format=sha1" else {
                    throw malformed("unsupported capability \"\(line)\"")
                }
                continue
            }
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2, let target = ObjectID(hex: parts[0]),
                parts[1] == "HEAD" || Repository.isValidReferenceName(parts[1])
            else {
                throw malformed("line \(number + 1) is not \"<id> <reference>\"")
            }
            references.append(GitBundle.Reference(name: parts[1], target: target))
        }
        guard !references.isEmpty else { throw malformed("it lists no references") }
        let packOffset = end + 2
        guard bytes.count >= packOffset + 12,
            bytes[packOffset..<packOffset + 4].elementsEqual("PACK".utf8)
        else {
            throw malformed("no pack follows the header")
        }
        let count = bytes[packOffset + 8..<packOffset + 12].reduce(0) { $0 << 8 | Int($1) }
        // After the 12-byte pack header, the objects, then a 20-byte checksum.
        let room = max(0, fileSize - packOffset - 12 - 20)
        guard count <= room / minimumObjectBytes else {
            throw malformed(
                "its pack claims \(count) objects, more than its \(room) bytes of objects can hold")
        }
        return (GitBundle(version: version, references: references), packOffset)
    }
}
