public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that readers, and a crash at any moment, see the old contents or the new,
/// never a partial file.
///
/// The data goes to a temporary file in the same directory, which is flushed to disk
/// (`fsync`) and then renamed over the destination; the directory is flushed too, so the rename
/// survives a power cut.
public enum AtomicFile {
    /// Atomically replaces the file at `url` with `data`, creating missing parent directories.
    ///
    /// `permissions` are the file's mode bits (`0o644`, or `0o755` for an executable). If `url`
    /// is a symbolic link, the link itself is replaced, not the file it points to.
    public static func write(_ data: Data, to url: URL, permissions: Int = 0o644)
        throws(WorkspaceError)
    {
        try write(to: url, permissions: permissions) { sink throws(WorkspaceError) in
            try sink.append(data)
        }
    }

    /// Atomically replaces the file at `url` with whatever `produce` writes into the sink, so
    /// large contents can be streamed without holding them in memory.
    static func write(
        to url: URL,
        permissions: Int,
        _ produce: (AtomicFileSink) throws(WorkspaceError) -> Void
    ) throws(WorkspaceError) {
        let path = url.standardizedFileURL.path
        let directory = url.standardizedFileURL.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .fileSystem(path: directory, detail: "cannot create directory: \(error)")
        }
        var template = Array(
            "\(directory)/.\(url.lastPathComponent).tmp-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else { throw systemError(path, "creating a temporary file") }
        // Keep child processes from inheriting the descriptor.
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        let temporary = String(
            decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let sink = AtomicFileSink(descriptor: descriptor, path: path)
        do throws(WorkspaceError) {
            try produce(sink)
            guard fchmod(descriptor, mode_t(permissions)) == 0 else {
                throw systemError(path, "setting permissions")
            }
            guard fsync(descriptor) == 0 else { throw systemError(path, "flushing to disk") }
            guard close(descriptor) == 0 else { throw systemError(path, "closing") }
            sink.isClosed = true
            guard rename(temporary, path) == 0 else { throw systemError(path, "renaming") }
        } catch {
            if !sink.isClosed { close(descriptor) }
            unlink(temporary)
            throw error
        }
        syncDirectory(directory)
    }

    /// Flushes a directory so a rename or unlink in it is on disk; best effort, since some file
    /// systems refuse `fsync` on directories and the data itself is already safe.
    static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}

/// The open temporary file `AtomicFile` writes into.
final class AtomicFileSink {
    let descriptor: Int32
    let path: String
    var isClosed = false

    init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    func append(_ data: Data) throws(WorkspaceError) {
        var failure: WorkspaceError?
        data.withUnsafeBytes { bytes in
            do throws(WorkspaceError) { try append(bytes) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Writes all of `bytes`, retrying short writes and interruptions.
    func append(_ bytes: UnsafeRawBufferPointer) throws(WorkspaceError) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw systemError(path, "writing")
            }
            offset += written
        }
    }
}
