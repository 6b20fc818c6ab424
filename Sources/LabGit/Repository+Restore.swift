import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Repository {
    /// Writes each file into the work tree atomically (temporary file, `fsync`, rename),
    /// creating missing directories; this is how `lab reset` puts starter files back.
    ///
    /// All paths are checked before anything is written. A path that would pass through a
    /// symbolic link or a file is refused, so nothing outside the work tree can be overwritten.
    /// The index is not touched: the files show up in `status()` until committed.
    public func writeFiles(_ files: [WorkspaceFile]) throws(WorkspaceError) {
        let root = try requireWorkTree()
        let paths = try WorkPath.normalize(files.map(\.path), allowRoot: false)
        for (file, path) in zip(files, paths) {
            try prepareParents(of: path, in: root)
            try AtomicFile.write(
                file.contents, to: root.appendingPathComponent(path),
                permissions: file.isExecutable ? 0o755 : 0o644)
        }
    }

    /// Deletes files (or symbolic links) from the work tree, then any directories left empty;
    /// paths that do not exist are skipped.
    ///
    /// Refuses directories: name the files inside them.
    public func removeFiles(_ paths: [String]) throws(WorkspaceError) {
        let root = try requireWorkTree()
        for path in try WorkPath.normalize(paths, allowRoot: false) {
            let full = root.path + "/" + path
            var info = stat()
            guard lstat(full, &info) == 0 else {
                if errno == ENOENT { continue }
                throw systemError(full, "inspecting")
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                throw .invalidPath(path, reason: "it is a directory; name the files to remove")
            }
            guard unlink(full) == 0 else { throw systemError(full, "deleting") }
            var parent = (path as NSString).deletingLastPathComponent
            AtomicFile.syncDirectory(root.path + "/" + parent)
            while !parent.isEmpty, rmdir(root.path + "/" + parent) == 0 {
                parent = (parent as NSString).deletingLastPathComponent
            }
        }
    }

    /// Creates the directories above `path` one by one, refusing to follow a symbolic link or
    /// to treat a file as a directory.
    func prepareParents(of path: String, in root: URL) throws(WorkspaceError) {
        var current = root.path
        for component in path.split(separator: "/").dropLast() {
            current += "/" + component
            var info = stat()
            if lstat(current, &info) != 0 {
                guard errno == ENOENT else { throw systemError(current, "inspecting") }
                guard mkdir(current, 0o755) == 0 || errno == EEXIST else {
                    throw systemError(current, "creating directory")
                }
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                continue
            case S_IFLNK:
                throw .invalidPath(
                    path, reason: "\"\(current.dropFirst(root.path.count + 1))\" is a symbolic link"
                )
            default:
                throw .invalidPath(
                    path, reason: "\"\(current.dropFirst(root.path.count + 1))\" is not a directory"
                )
            }
        }
    }
}
