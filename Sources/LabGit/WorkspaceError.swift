/// Everything that can go wrong in a git-backed workspace, each case saying what is wrong and how
/// to recover.
///
/// `message` is lowercase without a trailing period (the house style for diagnostics) and `hint`
/// is one sentence telling a student what to do; `description` joins the two.
public enum WorkspaceError: Error, Sendable, Hashable {
    /// No git repository at (or, when searching, above) the path.
    case notARepository(path: String)
    /// `Repository.create` found a repository already there.
    case alreadyARepository(path: String)
    /// The repository is readable but broken: a reference names a missing object, or an object
    /// is corrupt.
    case damaged(path: String, detail: String)
    /// The index (`.git/index`, the staging area) exists but cannot be read.
    case damagedIndex(path: String, detail: String)
    /// A git lock file (`index.lock`, `HEAD.lock`, ...) blocks the write: another git process is
    /// running, or one crashed and left its lock behind.
    case locked(path: String, detail: String)
    /// Another process holds the workspace lock (`WorkspaceLock`) and kept it longer than we
    /// waited.
    case busy(lockFile: String, holderPID: Int32?, waited: Duration)
    /// libgit2 refuses a repository owned by another user (git's `safe.directory` check).
    case unsafeOwnership(path: String)
    /// HEAD is detached, so a new commit would belong to no branch.
    case detachedHead(commit: ObjectID)
    /// A merge, rebase, cherry-pick or similar is half done in the repository.
    case operationInProgress(path: String, operation: String)
    /// The operation needs a work tree but the repository is bare.
    case bareRepository(path: String)
    /// A path given to the library is not a clean relative path inside the work tree.
    case invalidPath(String, reason: String)
    /// A commit message cannot be written as given.
    case invalidMessage(reason: String)
    /// A tag or reference name is not valid in git.
    case invalidName(String, reason: String)
    /// A revision (commit id, branch, tag, `HEAD~2`, ...) names nothing in the repository.
    case revisionNotFound(String)
    /// No entry at this path in the commit's tree.
    case pathNotFound(String, commit: ObjectID)
    /// The path names a directory or a submodule in the commit, not a file.
    case notAFile(String, commit: ObjectID)
    /// A file or bundle is larger than the caller allowed.
    case tooLarge(path: String, size: Int, limit: Int)
    /// There are no references to export yet.
    case nothingToExport(path: String)
    /// A file is not a git bundle this library can read.
    case malformedBundle(path: String, reason: String)
    /// The destination of an import exists and is not an empty directory.
    case destinationNotEmpty(path: String)
    /// A file-system call failed.
    case fileSystem(path: String, detail: String)
    /// Any other libgit2 failure, with libgit2's own message.
    case git(operation: String, code: Int32, detail: String)
}

extension WorkspaceError: CustomStringConvertible {
    /// What went wrong, in one lowercase line without a trailing period.
    public var message: String {
        switch self {
        case .notARepository(let path):
            "not a git repository (or any of the parent directories): \"\(path)\""
        case .alreadyARepository(let path):
            "a git repository already exists at \"\(path)\""
        case .damaged(let path, let detail):
            "the git repository at \"\(path)\" is damaged: \(detail)"
        case .damagedIndex(let path, let detail):
            "the git index \"\(path)\" is damaged: \(detail)"
        case .locked(let path, let detail):
            "the git repository at \"\(path)\" is locked by another git process: \(detail)"
        case .busy(_, let pid, let waited):
            "another lab command\(pid.map { " (pid \($0))" } ?? "") is working in this "
                + "workspace (waited \(Self.seconds(waited)))"
        case .unsafeOwnership(let path):
            "the git repository at \"\(path)\" is owned by another user"
        case .detachedHead(let commit):
            "HEAD is detached at \(commit.short), so a new commit would belong to no branch"
        case .operationInProgress(let path, let operation):
            "a \(operation) is in progress in \"\(path)\""
        case .bareRepository(let path):
            "the git repository at \"\(path)\" is bare and has no work tree"
        case .invalidPath(let path, let reason):
            "invalid path \"\(path)\": \(reason)"
        case .invalidMessage(let reason):
            "invalid commit message: \(reason)"
        case .invalidName(let name, let reason):
            "invalid name \"\(name)\": \(reason)"
        case .revisionNotFound(let revision):
            "unknown revision \"\(revision)\""
        case .pathNotFound(let path, let commit):
            "path \"\(path)\" does not exist in commit \(commit.short)"
        case .notAFile(let path, let commit):
            "path \"\(path)\" in commit \(commit.short) is not a file"
        case .tooLarge(let path, let size, let limit):
            "\"\(path)\" is \(size) bytes, more than the limit of \(limit) bytes"
        case .nothingToExport(let path):
            "the git repository at \"\(path)\" has no commits to export yet"
        case .malformedBundle(let path, let reason):
            "\"\(path)\" is not a valid git bundle: \(reason)"
        case .destinationNotEmpty(let path):
            "\"\(path)\" already exists and is not an empty directory"
        case .fileSystem(let path, let detail):
            "cannot access \"\(path)\": \(detail)"
        case .git(let operation, let code, let detail):
            "git failed to \(operation) (libgit2 error \(code)): \(detail)"
        }
    }

    /// One sentence telling a student what to do about it, when there is something to do.
    public var hint: String? {
        switch self {
        case .notARepository:
            "Run the command inside your lab workspace, or start a lab to create one."
        case .alreadyARepository:
            "Open the existing repository instead, or choose an empty directory."
        case .damaged:
            "Run `git fsck` in the workspace to see what is broken, and restore the repository "
                + "from a copy or a clone if you have one."
        case .damagedIndex:
            "Delete it (`rm .git/index` in the workspace folder): the next lab command rebuilds "
                + "it from your last commit without changing your files (`git reset` does too); "
                + "only what you had staged with `git add` is unstaged."
        case .locked:
            "If no other git command is running, delete the lock file git mentions and try again."
        case .busy(let lockFile, _, _):
            "Wait for the other command to finish and try again; if no lab command is running, "
                + "the lock in \"\(lockFile)\" is held by a stuck process you can stop."
        case .unsafeOwnership(let path):
            "If you trust it, run `git config --global --add safe.directory \(path)`."
        case .detachedHead:
            "Run `git switch main` (or `git switch -c NEW-BRANCH` to keep the detached commits) "
                + "and try again."
        case .operationInProgress:
            "Finish it and commit, or abort it (for example `git merge --abort` or "
                + "`git rebase --abort`), then try again."
        case .bareRepository:
            "Clone the repository to get a work tree, and run the command there."
        case .invalidPath:
            "Use a path relative to the workspace root, without \"..\" or \".git\"."
        case .invalidMessage, .invalidName, .git, .fileSystem:
            nil
        case .revisionNotFound:
            "Run `git log --oneline` to see the commits that exist."
        case .pathNotFound:
            "Run `git ls-tree -r --name-only COMMIT` to see the files that commit has."
        case .notAFile:
            "Name a file inside it instead."
        case .tooLarge:
            "Remove the large file from the workspace, or raise the limit if it is expected."
        case .nothingToExport:
            "Commit something first."
        case .malformedBundle:
            "Create the bundle again with `git bundle create FILE --all`."
        case .destinationNotEmpty:
            "Choose a new directory or remove the existing one first."
        }
    }

    /// Renders a wait as seconds with one decimal, `2.5 s`, without locale-dependent formatting.
    private static func seconds(_ duration: Duration) -> String {
        let tenths =
            duration.components.seconds * 10
            + duration.components.attoseconds / 100_000_000_000_000_000
        return "\(tenths / 10).\(tenths % 10) s"
    }

    /// The message followed by the hint, for logs and plain-text output.
    public var description: String {
        hint.map { "\(message)\n  hint: \($0)" } ?? message
    }
}
