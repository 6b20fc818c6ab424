internal import CLibGit2
public import Foundation

extension Repository {
    /// The commits reachable from `start` (HEAD when nil), newest first, like `git log`.
    ///
    /// With `prefix`, only commits whose content under that path differs from each of their
    /// parents' (for a root commit: that has something there), like `git log -- PREFIX`. Empty
    /// when there are no commits yet.
    public func history(
        touching prefix: String? = nil, from start: ObjectID? = nil, limit: Int? = nil
    ) throws(WorkspaceError) -> [CommitInfo] {
        let scope = try prefix.map { path throws(WorkspaceError) in
            try WorkPath.normalize(path, allowRoot: true)
        }
        var commits: [CommitInfo] = []
        try walk(from: start) { commit throws(WorkspaceError) in
            if let scope, !(try touches(commit, scope)) { return true }
            commits.append(CommitInfo(commit))
            return limit.map { commits.count < $0 } ?? true
        }
        return commits
    }

    /// The newest commit reachable from HEAD whose committer time is at or before `date`.
    ///
    /// That is the state of the work at a deadline. Nil when every commit is later, or there are
    /// none. Students control commit times, so treat this as a convenience, not as proof.
    public func lastCommit(atOrBefore date: Date) throws(WorkspaceError) -> CommitInfo? {
        let deadline = SignatureTime(date)
        var found: CommitInfo?
        try walk(from: nil) { commit in
            let time = git_commit_committer(commit)?.pointee.when.time ?? .max
            guard time <= deadline.secondsSince1970 else { return true }
            found = CommitInfo(commit)
            return false
        }
        return found
    }

    /// One commit, by id.
    public func commitInfo(_ id: ObjectID) throws(WorkspaceError) -> CommitInfo {
        let commit = try lookupCommit(id)
        defer { git_commit_free(commit) }
        return CommitInfo(commit)
    }

    /// The commit a revision names, as `git rev-parse REV^{commit}`: an id (full or
    /// abbreviated), `HEAD`, a branch, a tag (`lab/hpa/passed`), `HEAD~2`, ...
    ///
    /// Throws `revisionNotFound` when it names nothing, or something that is not a commit.
    public func resolve(_ revision: String) throws(WorkspaceError) -> ObjectID {
        var object: OpaquePointer?
        let code = git_revparse_single(&object, pointer, revision)
        guard code >= 0, let object else {
            let failure = GitFailure(code: code)
            switch failure.code {
            case GIT_ENOTFOUND.rawValue, GIT_EINVALIDSPEC.rawValue, GIT_EAMBIGUOUS.rawValue,
                GIT_EUNBORNBRANCH.rawValue:
                throw .revisionNotFound(revision)
            default:
                throw failure.workspaceError("resolve \"\(revision)\"", repository: displayPath)
            }
        }
        defer { git_object_free(object) }
        var commit: OpaquePointer?
        guard git_object_peel(&commit, object, GIT_OBJECT_COMMIT) == 0, let commit else {
            throw .revisionNotFound(revision)
        }
        defer { git_object_free(commit) }
        return ObjectID(git_object_id(commit))
    }

    /// Visits commits newest first (by committer time, parents never before children) until
    /// `visit` returns false.
    func walk(
        from start: ObjectID?, _ visit: (OpaquePointer) throws(WorkspaceError) -> Bool
    ) throws(WorkspaceError) {
        let head = start == nil ? try headCommit() : nil
        guard let first = start ?? head else { return }
        let walker = try make("start walking the history") { git_revwalk_new(&$0, pointer) }
        defer { git_revwalk_free(walker) }
        try check(
            git_revwalk_sorting(
                walker, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue),
            "sort the history")
        var firstOID = first.oid
        let pushed = git_revwalk_push(walker, &firstOID)
        if pushed < 0, GitFailure(code: pushed).isNotFound {
            throw .revisionNotFound(first.hex)
        }
        try check(pushed, "walk from \(first.short)")
        var oid = git_oid()
        while true {
            let code = git_revwalk_next(&oid, walker)
            if code == GIT_ITEROVER.rawValue { return }
            try check(code, "walk the history")
            let commit = try make("read commit \(ObjectID(oid).short)") {
                git_commit_lookup(&$0, pointer, &oid)
            }
            defer { git_commit_free(commit) }
            guard try visit(commit) else { return }
        }
    }

    /// Whether `commit` changed anything under `prefix` compared to each of its parents.
    private func touches(_ commit: OpaquePointer, _ prefix: String) throws(WorkspaceError) -> Bool {
        let own = try entryID(of: commit, at: prefix)
        let parentCount = git_commit_parentcount(commit)
        guard parentCount > 0 else { return own != nil }
        for index in 0..<parentCount {
            let parent = try make("read a parent of \(ObjectID(git_commit_id(commit)).short)") {
                git_commit_parent(&$0, commit, index)
            }
            defer { git_commit_free(parent) }
            if try entryID(of: parent, at: prefix) == own { return false }
        }
        return true
    }

    /// The id of the tree or blob at `path` in a commit (its root tree for `""`); nil if absent.
    private func entryID(of commit: OpaquePointer, at path: String) throws(WorkspaceError)
        -> ObjectID?
    {
        guard !path.isEmpty else { return ObjectID(git_commit_tree_id(commit)) }
        let tree = try lookupTree(of: commit)
        defer { git_tree_free(tree) }
        var entry: OpaquePointer?
        guard git_tree_entry_bypath(&entry, tree, path) == 0, let entry else { return nil }
        defer { git_tree_entry_free(entry) }
        return ObjectID(git_tree_entry_id(entry))
    }
}
