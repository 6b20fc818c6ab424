import Foundation
import LabGit

/// Reads the files of a folder: a lab's starter or solution files, or a student's lab folder.
enum LabFolder {
    /// Every regular file under `directory`, by path relative to it (`/` separators), skipping
    /// hidden files and folders (editor swap files, `.git`) and files over `maxBytes` (never
    /// recorded, so never read); empty when the folder is missing.
    static func files(
        in directory: URL, maxBytes: Int? = nil
    ) throws(ProgressError) -> [String: Data] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else { return [:] }
        guard
            let enumerator = manager.enumerator(
                at: directory, includingPropertiesForKeys: [.isRegularFileKey, .fileSizeKey],
                options: [.skipsHiddenFiles])
        else { return [:] }
        let base = directory.standardizedFileURL.resolvingSymlinksInPath().path
        var files: [String: Data] = [:]
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey])
            guard values?.isRegularFile == true else { continue }
            if let maxBytes, let size = values?.fileSize, size > maxBytes { continue }
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            guard path.hasPrefix(base + "/") else { continue }
            guard let data = manager.contents(atPath: url.path) else {
                throw .repository(.fileSystem(path: url.path, detail: "cannot read the file"))
            }
            files[String(path.dropFirst(base.count + 1))] = data
        }
        return files
    }

    /// The files of a course folder (starter or solution); a missing folder is an error.
    static func courseFiles(in directory: String) throws(ProgressError) -> [String: Data] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
            isDirectory.boolValue
        else { throw .courseFile(path: directory, detail: "the folder does not exist") }
        return try files(in: URL(fileURLWithPath: directory, isDirectory: true))
    }
}
