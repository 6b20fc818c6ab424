public import KubeYAML

/// Which files of a student's lab folder count, the same for `lab check` (reading the work
/// tree) and `lab grade` (reading git objects), so that a lab that passes locally grades the
/// same, or `lab check` says at once why it would not.
///
/// The grader applies `verdict` to each entry of the graded commit and skips what it refuses,
/// flagging it with the rule's `code`; `lab check` applies it to the folder on disk
/// (`StudentFolderScan`) and reports each refusal with the same words.
public struct LabFileRules: Sendable, Hashable {
    /// Largest file read, in bytes: the manifest loader's limit.
    public var maxFileBytes: Int
    /// Most files read from one lab folder (its `README.md` not counted).
    public var maxFiles: Int

    public init(maxFileBytes: Int = ManifestLimits.standard.maxFileBytes, maxFiles: Int = 200) {
        self.maxFileBytes = maxFileBytes
        self.maxFiles = maxFiles
    }

    public static let standard = LabFileRules()

    /// Names a student must not put in a lab folder: the lab's definition, which the grader
    /// always takes from its own course.
    public static let definitionNames: Set<String> = ["lab.yaml", "start", "mistakes", "solution"]

    /// The instructions file `lab start` copies into the folder; read, never counted as a file.
    public static let instructionsFile = "README.md"

    /// What an entry of a lab folder is.
    public enum EntryKind: Sendable, Hashable {
        case file
        case symlink
        /// A submodule in git, a nested repository (a folder with `.git`) on disk.
        case submodule
        /// A named pipe, socket or device: nothing git records or a loader should open.
        case special(String)
    }

    /// Why a file is not read; `rawValue` is the grader's flag code.
    public enum Refusal: String, Sendable, Hashable, CaseIterable {
        case nonUTF8Name = "non-utf8-name"
        case unsafePath = "unsafe-path"
        case definition = "lab-definition-in-submission"
        case symlink = "symlink-skipped"
        case submodule = "submodule-skipped"
        case tooLarge = "file-too-large"
        case tooManyFiles = "too-many-files"
        case notAFile = "not-a-regular-file"

        /// The rule, as the grader's flag and `lab check` both state it.
        public var rule: String {
            switch self {
            case .nonUTF8Name: "file names that are not UTF-8 text are not read"
            case .unsafePath: "paths that could escape the lab folder are not read"
            case .definition:
                "lab definition files are ignored (the grader uses its own)"
            case .symlink: "symbolic links are not followed"
            case .submodule: "submodules and nested git repositories are not read"
            case .tooLarge: "files over the size limit are not read"
            case .tooManyFiles: "files past the per-lab limit are not read"
            case .notAFile: "only regular files are read"
            }
        }
    }

    /// The refusal of the entry at `path`, or nil when it is read.
    ///
    /// `path` is relative to the lab folder, with `/` separators, decoded with U+FFFD where the
    /// name is not UTF-8. `filesRead` is how many files were already admitted: entries must
    /// come in path order, as git lists them.
    public func verdict(path: String, kind: EntryKind, size: Int?, filesRead: Int) -> Refusal? {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.unicodeScalars.contains(where: { $0 == "\u{FFFD}" || $0.value < 0x20 }) {
            return .nonUTF8Name
        }
        if components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." || $0 == ".git" }) {
            return .unsafePath
        }
        if let first = components.first, Self.definitionNames.contains(String(first)) {
            return .definition
        }
        switch kind {
        case .symlink: return .symlink
        case .submodule: return .submodule
        case .special: return .notAFile
        case .file: break
        }
        if let size, size > maxFileBytes { return .tooLarge }
        if path != Self.instructionsFile, filesRead >= maxFiles { return .tooManyFiles }
        return nil
    }

    /// The grader's flag message for `refusal` of `paths`: the rule, then the first three.
    public static func describe(_ refusal: Refusal, _ paths: [String]) -> String {
        let shown = paths.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")
        let more = paths.count > 3 ? " and \(paths.count - 3) more" : ""
        return "\(refusal.rule): \(shown)\(more)"
    }
}
