internal import CLibGit2

extension Repository {
    /// Reads HEAD and checks that the commit it names exists.
    ///
    /// A branch without commits is `.unborn`, not an error; a HEAD or branch reference that is
    /// unreadable or names a missing commit throws `damaged`.
    public func head() throws(WorkspaceError) -> Head {
        var reference: OpaquePointer?
        let code = git_reference_lookup(&reference, pointer, "HEAD")
        guard code >= 0, let reference else {
            let failure = GitFailure(code: code)
            throw .damaged(path: displayPath, detail: "HEAD is unreadable (\(failure.detail))")
        }
        defer { git_reference_free(reference) }
        guard git_reference_type(reference) == GIT_REFERENCE_SYMBOLIC else {
            let commit = try verifiedCommit(git_reference_target(reference), named: "HEAD")
            return .detached(commit: commit)
        }
        let target = gitString(git_reference_symbolic_target(reference))
        let branch = target.hasPrefix("refs/heads/") ? String(target.dropFirst(11)) : target
        var resolved: OpaquePointer?
        let resolveCode = git_reference_resolve(&resolved, reference)
        guard resolveCode >= 0, let resolved else {
            let failure = GitFailure(code: resolveCode)
            if failure.isNotFound { return .unborn(branch: branch) }
            throw .damaged(
                path: displayPath, detail: "branch \"\(branch)\" is unreadable (\(failure.detail))")
        }
        defer { git_reference_free(resolved) }
        return .branch(
            name: branch, commit: try verifiedCommit(git_reference_target(resolved), named: branch))
    }

    /// The commit HEAD points at, nil when there are no commits yet.
    public func headCommit() throws(WorkspaceError) -> ObjectID? {
        try head().commit
    }

    /// Checks that `oid` names a readable commit.
    private func verifiedCommit(
        _ oid: UnsafePointer<git_oid>?, named name: String
    ) throws(WorkspaceError) -> ObjectID {
        guard let oid else {
            throw .damaged(path: displayPath, detail: "\(name) does not name a commit")
        }
        let id = ObjectID(oid)
        var commit: OpaquePointer?
        let code = git_commit_lookup(&commit, pointer, oid)
        guard code >= 0 else {
            let failure = GitFailure(code: code)
            throw .damaged(
                path: displayPath,
                detail: "\(name) points to commit \(id.hex), which is missing or unreadable "
                    + "(\(failure.detail))")
        }
        git_commit_free(commit)
        return id
    }

    /// Refuses to commit in the middle of a merge, rebase or similar, as `git commit` would
    /// produce something the student did not mean.
    func requireNoOperationInProgress() throws(WorkspaceError) {
        let state = git_repository_state(pointer)
        let operation: String
        switch UInt32(bitPattern: state) {
        case GIT_REPOSITORY_STATE_NONE.rawValue: return
        case GIT_REPOSITORY_STATE_MERGE.rawValue: operation = "merge"
        case GIT_REPOSITORY_STATE_REVERT.rawValue, GIT_REPOSITORY_STATE_REVERT_SEQUENCE.rawValue:
            operation = "revert"
        case GIT_REPOSITORY_STATE_CHERRYPICK.rawValue,
            GIT_REPOSITORY_STATE_CHERRYPICK_SEQUENCE.rawValue:
            operation = "cherry-pick"
        case GIT_REPOSITORY_STATE_BISECT.rawValue: operation = "bisect"
        default: operation = "rebase or `git am`"
        }
        throw .operationInProgress(path: displayPath, operation: operation)
    }
}
