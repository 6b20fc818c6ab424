import Foundation
import LabGit
import LabKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Workspace {
    /// Refuses a lab folder that is a symbolic link (to anywhere): git would record the link
    /// and drop the files from the next commit, and `lab grade` never follows links.
    func requireRealFolder(_ id: String) throws(ProgressError) {
        var info = stat()
        let path = folder(of: id).path
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return }
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
        throw .labFolderIsLink(id, target: target)
    }

    /// Where `lab check` remembers which unrecorded files the student was told about, so each
    /// is mentioned once: `.git/labkit-not-recorded`, one workspace path a line (never
    /// committed; deleting it only repeats the notice).
    var notRecordedList: URL {
        repository.gitDirectory.appendingPathComponent("labkit-not-recorded")
    }

    /// The files of lab `id` a commit leaves out (over the size limit, or binary, as
    /// `StudentFolderScan.unrecordable` says): their workspace paths, and the entries.
    func unrecordableFiles(of id: String) -> (paths: [String], entries: [StudentFolderScan.Entry]) {
        let entries = StudentFolderScan(folder: folder(of: id).path).unrecordable
        return (entries.map { "\(id)/\($0.path)" }, entries)
    }

    /// Of lab `id`'s unrecorded `entries`, those not hidden that the student has not been told
    /// about yet; all of them are remembered as told from now on.
    func untold(
        _ entries: [StudentFolderScan.Entry], of id: String
    ) throws(ProgressError) -> [StudentFolderScan.Entry] {
        let paths = Set(entries.map { "\(id)/\($0.path)" })
        let told = Set(
            (FileManager.default.contents(atPath: notRecordedList.path)).map {
                String(decoding: $0, as: UTF8.self).split(separator: "\n").map(String.init)
            } ?? [])
        let untold = entries.filter { !$0.isHidden && !told.contains("\(id)/\($0.path)") }
        // Forget this lab's files that are recordable again, so a relapse is told again.
        let kept = told.filter { !$0.hasPrefix("\(id)/") }.union(paths)
        if kept != told {
            let text = kept.sorted().map { $0 + "\n" }.joined()
            do throws(WorkspaceError) {
                try AtomicFile.write(Data(text.utf8), to: notRecordedList)
            } catch {
                throw writeError(error)
            }
        }
        return untold
    }
}
