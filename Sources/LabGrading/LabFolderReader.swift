import Foundation
import LabGit
import LabKit

/// Reads a lab's files from a commit's git blobs into memory (`StudentFiles`), refusing what
/// could make the grader read elsewhere or run out of memory.
///
/// Only git objects are read (never the submission's work tree); symbolic links and submodules
/// are skipped, never followed; nothing is written to disk.
struct LabFolderReader {
    var repository: Repository
    var maxFileBytes: Int
    var maxFiles: Int

    /// What was read: the files (path relative to the lab folder, blob id), their contents,
    /// the instructions file if any, and a flag for everything skipped.
    struct Read {
        var files: [(path: String, blob: String)] = []
        var contents: [String: [UInt8]] = [:]
        var instructions: Data?
        var flags: [GradeFlag] = []
        /// `lab` + every file's path and blob: equal keys mean byte-identical inputs.
        var key: String = ""
    }

    func read(lab: String, entries: [TreeEntry], commit: ObjectID) -> Read {
        var read = Read()
        var written = 0
        var unreadable: [String] = []
        var skipped: [LabFileRules.Refusal: [String]] = [:]
        let rules = LabFileRules(maxFileBytes: maxFileBytes, maxFiles: maxFiles)
        for entry in entries {
            let relative = String(entry.path.dropFirst(lab.count + 1))
            let kind: LabFileRules.EntryKind =
                switch entry.kind {
                case .file, .executable: .file
                case .symlink: .symlink
                case .submodule: .submodule
                }
            // The lab folder itself a link (`hpa -> elsewhere`): a link, not an unsafe path.
            let folderLink =
                relative.isEmpty && kind == .symlink ? LabFileRules.Refusal.symlink : nil
            if let refusal = folderLink
                ?? rules.verdict(path: relative, kind: kind, size: entry.size, filesRead: written)
            {
                let shown =
                    refusal == .tooLarge ? "\(entry.path) (\(entry.size ?? 0) bytes)" : entry.path
                skipped[refusal, default: []].append(shown)
                continue
            }
            if relative == LabFileRules.instructionsFile {
                read.instructions = try? repository.contents(
                    of: entry.path, at: commit, maxBytes: maxFileBytes
                ).data
                continue
            }
            do {
                let data =
                    try repository.contents(of: entry.path, at: commit, maxBytes: maxFileBytes)
                    .data ?? Data()
                read.contents[relative] = Array(data)
                written += 1
                read.files.append((relative, entry.id.hex))
            } catch {
                unreadable.append(entry.path)
            }
        }
        for refusal in skipped.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            read.flags.append(
                GradeFlag(
                    GradeFlag.Code(refusal), lab: lab,
                    LabFileRules.describe(refusal, skipped[refusal] ?? [])))
        }
        if !unreadable.isEmpty {
            read.flags.append(
                GradeFlag(
                    .unreadableFile, lab: lab,
                    "files that could not be read were skipped: "
                        + unreadable.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")))
        }
        read.key =
            lab + "\u{0}"
            + read.files.map { "\($0.path)\u{1}\($0.blob)" }.joined(separator: "\u{0}")
        return read
    }
}
