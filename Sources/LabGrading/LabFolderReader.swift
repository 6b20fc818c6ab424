import Foundation
import LabWorkspace

/// Copies a lab's files from a commit into a private scratch folder, refusing what could make
/// the grader read or write elsewhere or run out of memory.
///
/// Only git objects are read (never the submission's work tree); symbolic links and submodules
/// are skipped, never followed; each path component is checked before anything is written, and
/// the scratch folder is the grader's own, so nothing lands outside it.
struct LabFolderReader {
    var repository: Repository
    var maxFileBytes: Int
    var maxFiles: Int

    /// What was read: the files written (path relative to the lab folder, blob id), the
    /// instructions file if any, and a flag for everything skipped.
    struct Read {
        var files: [(path: String, blob: String)] = []
        var instructions: Data?
        var flags: [GradeFlag] = []
        /// `lab` + every file's path and blob: equal keys mean byte-identical inputs.
        var key: String = ""
    }

    /// Names a student must not put in a lab folder: the lab's definition, which the grader
    /// always takes from its own course.
    static let definitionNames: Set<String> = ["lab.yaml", "start", "mistakes", "solution"]

    func read(lab: String, entries: [TreeEntry], commit: ObjectID, into folder: URL) -> Read {
        var read = Read()
        var written = 0
        var skipped: [String: [String]] = [:]
        for entry in entries {
            let relative = String(entry.path.dropFirst(lab.count + 1))
            let components = relative.split(separator: "/", omittingEmptySubsequences: false)
            if relative.unicodeScalars.contains(where: { $0 == "\u{FFFD}" || $0.value < 0x20 }) {
                skipped["non-utf8-name", default: []].append(entry.path)
                continue
            }
            if components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." || $0 == ".git" })
            {
                skipped["unsafe-path", default: []].append(entry.path)
                continue
            }
            if let first = components.first, Self.definitionNames.contains(String(first)) {
                skipped["lab-definition-in-submission", default: []].append(entry.path)
                continue
            }
            switch entry.kind {
            case .symlink:
                skipped["symlink-skipped", default: []].append(entry.path)
                continue
            case .submodule:
                skipped["submodule-skipped", default: []].append(entry.path)
                continue
            case .file, .executable: break
            }
            if let size = entry.size, size > maxFileBytes {
                skipped["file-too-large", default: []].append("\(entry.path) (\(size) bytes)")
                continue
            }
            if relative == "README.md" {
                read.instructions = try? repository.contents(
                    of: entry.path, at: commit, maxBytes: maxFileBytes
                ).data
                continue
            }
            guard written < maxFiles else {
                skipped["too-many-files", default: []].append(entry.path)
                continue
            }
            do {
                let data =
                    try repository.contents(of: entry.path, at: commit, maxBytes: maxFileBytes)
                    .data ?? Data()
                let target = folder.appendingPathComponent(relative)
                try FileManager.default.createDirectory(
                    at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                guard FileManager.default.createFile(atPath: target.path, contents: data) else {
                    skipped["unreadable-file", default: []].append(entry.path)
                    continue
                }
                written += 1
                read.files.append((relative, entry.id.hex))
            } catch {
                skipped["unreadable-file", default: []].append(entry.path)
            }
        }
        for code in skipped.keys.sorted() {
            let paths = skipped[code] ?? []
            read.flags.append(GradeFlag(code, lab: lab, Self.describe(code, paths)))
        }
        read.key =
            lab + "\u{0}"
            + read.files.map { "\($0.path)\u{1}\($0.blob)" }.joined(separator: "\u{0}")
        return read
    }

    private static func describe(_ code: String, _ paths: [String]) -> String {
        let shown = paths.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")
        let more = paths.count > 3 ? " and \(paths.count - 3) more" : ""
        let what: String =
            switch code {
            case "non-utf8-name": "file names that are not UTF-8 text were skipped"
            case "unsafe-path": "paths that could escape the lab folder were skipped"
            case "lab-definition-in-submission":
                "lab definition files in the submission were ignored (the grader uses its own)"
            case "symlink-skipped": "symbolic links were not followed"
            case "submodule-skipped": "submodules were skipped"
            case "file-too-large": "files over the size limit were skipped"
            case "too-many-files": "files past the per-lab limit were skipped"
            default: "files that could not be read were skipped"
            }
        return "\(what): \(shown)\(more)"
    }
}
