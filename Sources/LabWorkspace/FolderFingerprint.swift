public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The size and modification time of every file in a folder: cheap to take every 50 ms,
/// and different as soon as an editor saves a file there (`lab watch` polls it, which works on
/// every file system, network and container mounts included).
public struct FolderFingerprint: Sendable, Hashable {
    /// One file's state.
    public struct Stamp: Sendable, Hashable {
        public var size: Int64
        public var modifiedNanoseconds: Int64
    }

    /// By path relative to the folder; hidden files (editor swap files) are left out.
    public var files: [String: Stamp]

    /// Takes the fingerprint of `folder` now; empty when it does not exist.
    public init(of folder: URL) {
        files = [:]
        let base = folder.standardizedFileURL.path
        guard
            let walk = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        else { return }
        for case let url as URL in walk {
            var info = stat()
            let path = url.standardizedFileURL.path
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { continue }
            #if canImport(Darwin)
                let time = info.st_mtimespec
            #else
                let time = info.st_mtim
            #endif
            let relative =
                path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
            files[relative] = Stamp(
                size: Int64(info.st_size),
                modifiedNanoseconds: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
        }
    }
}
