public import Foundation

extension StudentFiles {
    /// The files of a lab folder on disk, judged by the grader's rules (`LabFileRules`,
    /// through `StudentFolderScan`): what the rules refuse is left out and said, as an error
    /// when the check would read it, so a lab never passes here and then grades differently.
    ///
    /// - Parameters:
    ///   - folder: Where the folder is.
    ///   - root: How messages name it (default: `folder`).
    ///   - rules: Which files count.
    ///   - applied: The file names the lab applies (`Lab.appliedFileNames`).
    ///   - snapshot: The files as already read by the caller (the workspace's snapshot), so
    ///     they are not read again; nil reads them.
    /// - Returns: The files admitted, and a diagnostic for each one refused.
    public static func read(
        folder: String, shownAs root: String? = nil, rules: LabFileRules = .standard,
        applied: Set<String>, snapshot: [String: Data]? = nil
    ) -> StudentFiles {
        let scan = StudentFolderScan(folder: folder, rules: rules)
        let root = root ?? folder
        let refused = Set(scan.refused.map(\.entry.path))
        var contents: [String: [UInt8]] = [:]
        for entry in scan.entries where entry.kind == .file && !refused.contains(entry.path) {
            if let snapshot {
                if let data = snapshot[entry.path] { contents[entry.path] = Array(data) }
            } else if let data = FileManager.default.contents(atPath: folder + "/" + entry.path) {
                contents[entry.path] = Array(data)
            }
        }
        return StudentFiles(
            root: root, contents: contents,
            diagnostics: scan.diagnostics(directory: root, applied: applied))
    }

    /// Every regular file of a course folder (a reference answer, a starter, a declared
    /// mistake), without the student's file rules: the course's own files are trusted.
    public static func read(courseFolder folder: String) -> StudentFiles {
        let scan = StudentFolderScan(folder: folder, rules: LabFileRules(maxFiles: .max))
        var contents: [String: [UInt8]] = [:]
        // As `kubectl apply -f DIR` reads a folder: a link to a file is read.
        for entry in scan.entries where entry.kind == .file || entry.kind == .symlink {
            if let data = FileManager.default.contents(atPath: folder + "/" + entry.path) {
                contents[entry.path] = Array(data)
            }
        }
        return StudentFiles(root: folder, contents: contents)
    }
}
