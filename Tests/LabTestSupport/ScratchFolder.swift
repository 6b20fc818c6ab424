public import Foundation

/// A fresh temporary folder for one test, removed when the test's suite instance goes away,
/// with the file operations tests use to play a student's editor.
open class ScratchFolder {
    public let root: URL

    /// A folder named `<prefix>-<uuid>` in the temporary directory.
    public init(prefix: String = "labkit-tests") throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// `path` inside the folder; the folder itself for "".
    public func url(_ path: String) -> URL {
        path.isEmpty ? root : root.appendingPathComponent(path)
    }

    /// Writes a file the way a student's editor would: plainly, creating directories.
    public func write(_ path: String, _ text: String) throws {
        let file = url(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    public func read(_ path: String) -> String? {
        (try? Data(contentsOf: url(path))).map { String(decoding: $0, as: UTF8.self) }
    }

    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: url(path).path)
    }

    public func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: url(path))
    }
}
