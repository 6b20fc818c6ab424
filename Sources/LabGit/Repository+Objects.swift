internal import CLibGit2

extension Repository {
    /// Looks up the commit `id`; the caller frees it with `git_commit_free`.
    ///
    /// An id that names no commit here throws `revisionNotFound`: it came from the caller.
    func lookupCommit(_ id: ObjectID) throws(WorkspaceError) -> OpaquePointer {
        var oid = id.oid
        var commit: OpaquePointer?
        let code = git_commit_lookup(&commit, pointer, &oid)
        guard code >= 0, let commit else {
            let failure = GitFailure(code: code)
            if failure.isNotFound { throw .revisionNotFound(id.hex) }
            throw failure.workspaceError("read commit \(id.short)", repository: displayPath)
        }
        return commit
    }

    /// The root tree of a commit; the caller frees it with `git_tree_free`.
    func lookupTree(of commit: OpaquePointer) throws(WorkspaceError) -> OpaquePointer {
        try make("read the tree of commit \(ObjectID(git_commit_id(commit)).short)") {
            git_commit_tree(&$0, commit)
        }
    }

    /// The root tree of the commit `id`; the caller frees it with `git_tree_free`.
    func lookupTree(ofCommit id: ObjectID) throws(WorkspaceError) -> OpaquePointer {
        let commit = try lookupCommit(id)
        defer { git_commit_free(commit) }
        return try lookupTree(of: commit)
    }
}
