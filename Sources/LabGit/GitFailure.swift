internal import CLibGit2

/// What libgit2 reported for a failed call: its return code, error class and message.
struct GitFailure {
    var code: Int32
    var errorClass: Int32
    var detail: String

    /// Reads `git_error_last()`: construct it right after the failing call, before any other
    /// libgit2 call replaces the thread's last error.
    init(code: Int32) {
        self.code = code
        if let last = git_error_last(), let message = last.pointee.message {
            errorClass = last.pointee.klass
            detail = String(cString: message)
        } else {
            errorClass = 0
            detail = "unknown error"
        }
    }

    var isNotFound: Bool { code == GIT_ENOTFOUND.rawValue }
    var isUnbornBranch: Bool { code == GIT_EUNBORNBRANCH.rawValue }
    var isExisting: Bool { code == GIT_EEXISTS.rawValue }

    /// Chooses the most helpful `WorkspaceError` for a failure while doing `operation` in the
    /// repository at `path`.
    ///
    /// Corrupt data (zlib, hash mismatch) and objects the database cannot find mean damage:
    /// call sites where "not found" is an expected answer (a caller's revision, an unborn
    /// branch) check `isNotFound` before calling this.
    func workspaceError(_ operation: String, repository path: String) -> WorkspaceError {
        switch code {
        case GIT_ELOCKED.rawValue:
            return .locked(path: path, detail: detail)
        case GIT_EOWNER.rawValue:
            return .unsafeOwnership(path: path)
        case GIT_EMODIFIED.rawValue:
            // libgit2 moves a branch only if it still points where it did when we read it.
            return .git(
                operation: operation, code: code,
                detail: "\(detail) (another git command changed the branch meanwhile; try again)")
        case GIT_EMISMATCH.rawValue:
            return .damaged(path: path, detail: "cannot \(operation): \(detail)")
        default:
            break
        }
        if UInt32(bitPattern: errorClass) == GIT_ERROR_INDEX.rawValue, code == GIT_ERROR.rawValue {
            return .damagedIndex(path: path + "/.git/index", detail: detail)
        }
        let objectProblem =
            [GIT_ERROR_ODB.rawValue, GIT_ERROR_OBJECT.rawValue].contains(
                UInt32(bitPattern: errorClass))
            && [GIT_ENOTFOUND.rawValue, GIT_ERROR.rawValue].contains(code)
        if objectProblem || UInt32(bitPattern: errorClass) == GIT_ERROR_ZLIB.rawValue {
            return .damaged(path: path, detail: "cannot \(operation): \(detail)")
        }
        return .git(operation: operation, code: code, detail: detail)
    }
}
