import Foundation
import LabGit
import LabKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Workspace {
    /// The file present while a writing command runs: `.git/labkit-operation`.
    ///
    /// Finding it when taking the lock means the previous holder was killed mid-way (the lock
    /// itself is released by the kernel), so its leftovers are cleaned up first.
    var operationMarker: URL {
        repository.gitDirectory.appendingPathComponent("labkit-operation")
    }

    /// Runs `body` holding the workspace lock, so one writing command at a time changes the
    /// repository; waits `settings.lockWait` for another one, then throws `busy`.
    func withWriteLock<T>(
        _ operation: String, _ body: () throws(ProgressError) -> T
    ) throws(ProgressError) -> T {
        do {
            return try repository.workspaceLock.withLock(wait: settings.lockWait) {
                () throws(ProgressError) -> T in
                let marker = operationMarker.path
                if FileManager.default.fileExists(atPath: marker) { recoverFromInterruption() }
                _ = FileManager.default.createFile(
                    atPath: marker, contents: Data("\(getpid()) \(operation)\n".utf8))
                defer { unlink(marker) }
                do throws(WorkspaceError) { try repository.restoreMissingIndex() } catch {
                    throw .repository(error)
                }
                try initializeIfNeeded()
                return try body()
            }
        } catch let error as ProgressError {
            throw error
        } catch let error as WorkspaceError {
            throw .repository(error)
        } catch {
            throw .repository(
                .fileSystem(path: repository.workspaceLock.file.path, detail: "\(error)"))
        }
    }

    /// Removes what a killed lab command can leave behind: git lock files (which would make
    /// every later git command fail) and the temporary files of unfinished atomic writes.
    ///
    /// Only called while holding the workspace lock after a lab command died holding it; the
    /// lock files are ones libgit2 creates for a moment during a commit.
    func recoverFromInterruption() {
        let manager = FileManager.default
        let git = repository.gitDirectory
        for name in ["index.lock", "HEAD.lock", "packed-refs.lock"] {
            unlink(git.appendingPathComponent(name).path)
        }
        let refs = git.appendingPathComponent("refs")
        if let walk = manager.enumerator(at: refs, includingPropertiesForKeys: nil) {
            for case let url as URL in walk where url.pathExtension == "lock" {
                unlink(url.path)
            }
        }
        // `AtomicFile` writes `.<name>.tmp-XXXXXX` beside its destination.
        var folders = [root.appendingPathComponent(WorkspaceFormat.labkitFolder)]
        folders += course.labIDs.map { folder(of: $0) }
        for folder in folders {
            guard let walk = manager.enumerator(at: folder, includingPropertiesForKeys: nil)
            else { continue }
            for case let url as URL in walk where Self.isAtomicTemporary(url.lastPathComponent) {
                unlink(url.path)
            }
        }
    }

    /// Whether `name` is an `AtomicFile` temporary: `.` + name + `.tmp-` + six characters.
    static func isAtomicTemporary(_ name: String) -> Bool {
        guard name.hasPrefix("."), let range = name.range(of: ".tmp-", options: .backwards)
        else { return false }
        return name[range.upperBound...].count == 6
    }

    /// Makes the first commit (the marker) if the repository has none yet, as after a
    /// creation that was interrupted.
    func initializeIfNeeded() throws(ProgressError) {
        let head: ObjectID?
        do throws(WorkspaceError) { head = try repository.headCommit() } catch {
            throw .repository(error)
        }
        guard head == nil else { return }
        let path = root.appendingPathComponent(WorkspaceManifest.path).path
        let data =
            FileManager.default.contents(atPath: path)
            ?? WorkspaceManifest(course: course.version, labkit: settings.labkitVersion).encoded()
        try record(
            subject: "init LabKit workspace", lab: nil, action: .initialize, paths: [],
            writing: [WorkspaceFile(path: WorkspaceManifest.path, contents: data)])
    }

    /// Commits `paths` (and `files`, written first) with LabKit's trailers: `Lab`,
    /// `Lab-Action`, then `extra`, then `LabKit-Version`.
    ///
    /// Files of a lab folder too large or binary to record (`unrecordableFiles(of:)`) are left
    /// out, whichever command commits the folder.
    @discardableResult
    func record(
        subject: String, lab: String?, action: LabEvent.Action, extra: [Trailer] = [],
        paths: [String], writing files: [WorkspaceFile] = [], allowEmpty: Bool = false
    ) throws(ProgressError) -> ObjectID? {
        let excluding = paths.filter(course.labIDs.contains).flatMap {
            unrecordableFiles(of: $0).paths
        }
        let trailers = WorkspaceFormat.trailers(
            lab: lab, action: action, extra: extra, labkitVersion: settings.labkitVersion)
        do throws(WorkspaceError) {
            return try repository.commit(
                paths: paths, writing: files,
                message: CommitMessage(subject: subject, trailers: trailers),
                author: settings.author, clock: settings.clock, allowEmpty: allowEmpty,
                excluding: excluding)
        } catch {
            throw writeError(error)
        }
    }

    /// A file-system failure on a file of the workspace names the file as the student sees it
    /// (`.lab/results/hpa.json`), with what to do; any other failure is the repository's.
    func writeError(_ error: WorkspaceError) -> ProgressError {
        guard case .fileSystem(let path, let detail) = error else { return .repository(error) }
        let base = Self.canonical(root)
        let full = Self.canonical(URL(fileURLWithPath: path))
        guard full.hasPrefix(base + "/") else { return .repository(error) }
        return .cannotWrite(path: String(full.dropFirst(base.count + 1)), detail: detail)
    }
}
