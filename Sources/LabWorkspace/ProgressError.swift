public import LabGit

/// Everything that can stop a workspace command, each case saying what is wrong and what to do.
///
/// `message` is lowercase without a trailing period (the house style for diagnostics) and `hint`
/// is one sentence telling the student what to type next.
public enum ProgressError: Error, Sendable, Hashable {
    /// The directory is not inside a LabKit workspace (and the command needs one).
    case notInWorkspace(directory: String)
    /// The directory is inside a git repository that LabKit did not create.
    case notAWorkspace(root: String)
    /// The lab id is not part of the course.
    case unknownLab(String, suggestion: String?, labs: [String])
    /// The lab's definition does not load.
    case labDoesNotLoad(String, detail: String)
    /// No lab was named and none could be inferred from the directory or the history.
    case noLabGiven
    /// The lab has no folder in the workspace yet.
    case labNotStarted(String)
    /// `lab start` found files of the student's in the lab's folder.
    case labAlreadyStarted(String, folder: String)
    /// A course file (starter, instructions, solution) cannot be read.
    case courseFile(path: String, detail: String)
    /// The lab has not been checked yet, so there is no failing check to hint at.
    case notCheckedYet(String)
    /// `lab solution` before the lab passed, without `--force`.
    case solutionLocked(String)
    /// The student's files changed while the checks ran, so the attempt was not recorded.
    case changedDuringCheck(String)
    /// The hint level asked for does not exist.
    case noSuchHintLevel(lab: String, check: String, level: Int, available: Int)
    /// The lab's folder is a symbolic link: reading through it would record the link instead of
    /// the files, and `lab grade` never follows one.
    case labFolderIsLink(String, target: String)
    /// A file in the workspace cannot be written (read-only, immutable, a full disk).
    case cannotWrite(path: String, detail: String)
    /// `lab export` cannot write its bundle where it was asked to.
    case cannotExport(path: String, detail: String)
    /// The workspace marker `.lab/workspace.json` is unreadable.
    case badManifest(path: String, detail: String)
    /// The git layer failed.
    case repository(WorkspaceError)
}

extension ProgressError: CustomStringConvertible {
    /// What went wrong, in one lowercase line without a trailing period.
    public var message: String {
        switch self {
        case .notInWorkspace(let directory):
            "\"\(directory)\" is not inside a LabKit workspace"
        case .notAWorkspace(let root):
            "\"\(root)\" is a git repository, but not a LabKit workspace"
        case .unknownLab(let id, let suggestion, let labs):
            "unknown lab \"\(id)\""
                + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
                + "\n  labs: " + labs.joined(separator: ", ")
        case .labDoesNotLoad(let id, let detail):
            "the lab \"\(id)\" does not load (run lab dev check \(id)):\n\(detail)"
        case .noLabGiven:
            "which lab? no lab was named and none has been started in this workspace"
        case .labNotStarted(let id):
            "the lab \"\(id)\" is not started in this workspace"
        case .labAlreadyStarted(let id, let folder):
            "the lab \"\(id)\" is already started: your files are in \"\(folder)\" and were "
                + "left as they are"
        case .courseFile(let path, let detail):
            "cannot read the course file \"\(path)\": \(detail)"
        case .notCheckedYet(let id):
            "the lab \"\(id)\" has not been checked yet, so there is no failing check to hint at"
        case .solutionLocked(let id):
            "the solution of \"\(id)\" opens once the lab passes"
        case .changedDuringCheck(let id):
            "your files in \"\(id)/\" changed while the checks ran, so this attempt was not "
                + "recorded"
        case .noSuchHintLevel(let lab, let check, let level, let available):
            "the check \"\(check)\" of \"\(lab)\" has \(available) hint level"
                + "\(available == 1 ? "" : "s"), not \(level)"
        case .labFolderIsLink(let id, let target):
            "symbolic links are not followed: the lab folder \"\(id)/\" is a symbolic link to "
                + "\"\(target)\", so lab grade would find no \(id)/ folder in your commits"
        case .cannotWrite(let path, let detail):
            "cannot write \"\(path)\": \(detail)"
        case .cannotExport(let path, let detail):
            "cannot write the bundle \"\(path)\": \(detail)"
        case .badManifest(let path, let detail):
            "the workspace marker \"\(path)\" is unreadable: \(detail)"
        case .repository(let error):
            error.message
        }
    }

    /// One sentence telling the student what to do about it.
    public var hint: String? {
        switch self {
        case .notInWorkspace:
            "`cd` into your workspace, or run `lab start ID` to create one here; "
                + "`lab check ID --dir DIR` checks a folder without recording."
        case .notAWorkspace(let root):
            "Run `lab init \(root)` to make it one (your commits are kept), or start the lab "
                + "in a directory outside it."
        case .unknownLab:
            "Run `lab list` to see the course's labs."
        case .labDoesNotLoad, .courseFile:
            "Reinstall LabKit or set LABKIT_COURSE to a complete course folder."
        case .noLabGiven:
            "Name the lab (`lab check hpa`) or run `lab start ID` first."
        case .labNotStarted(let id):
            "Run `lab start \(id)` first."
        case .labAlreadyStarted(let id, _):
            "Keep editing them and run `lab check`, or run `lab reset \(id)` to get the starter "
                + "files back (your current files are saved in git first)."
        case .notCheckedYet(let id):
            "Run `lab check \(id)` first."
        case .solutionLocked(let id):
            "Keep going with `lab hint \(id)`, or run `lab solution \(id) --force` to see it "
                + "anyway (recorded in your history)."
        case .changedDuringCheck:
            "Run `lab check` again once you have saved your files."
        case .noSuchHintLevel:
            "Ask for a level from 1 to the number of levels."
        case .labFolderIsLink(let id, _):
            "Make it a real folder: `mv \(id) \(id).link && mkdir \(id) && cp -R \(id).link/. \(id)/ "
                + "&& rm \(id).link` in the workspace folder, then run the command again."
        case .cannotWrite(let path, _):
            "Make it writable (`chmod u+w \(path)` and its folder; `chattr -i \(path)` if it was "
                + "made immutable) or delete it, then run the command again: nothing was recorded."
        case .cannotExport:
            "Name a file in a folder you can write to: `lab export -o ~/my-labs.bundle`."
        case .badManifest:
            "Restore it with `git checkout -- .lab/workspace.json`, or delete it and run "
                + "`lab init`."
        case .repository(let error):
            error.hint
        }
    }

    /// The message followed by the hint, for logs and plain-text output.
    public var description: String {
        hint.map { "\(message)\n  hint: \($0)" } ?? message
    }
}
