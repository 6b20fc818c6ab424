internal import CLibGit2

extension Repository {
    /// What `commit` changed compared to its first parent (to nothing, for a root commit),
    /// like `git show --numstat COMMIT -- PREFIX`.
    public func changes(
        in commit: ObjectID, under prefix: String? = nil
    ) throws(WorkspaceError) -> [FileChange] {
        let info = try commitInfo(commit)
        return try changes(from: info.parents.first, to: commit, under: prefix)
    }

    /// The files that differ from `old` (nothing, when nil) to `new` under `prefix`, with
    /// renames detected, sorted by path: "what changed between two attempts".
    public func changes(
        from old: ObjectID?, to new: ObjectID, under prefix: String? = nil
    ) throws(WorkspaceError) -> [FileChange] {
        let scope = try WorkPath.normalize(prefix ?? "", allowRoot: true)
        let newTree = try lookupTree(ofCommit: new)
        defer { git_tree_free(newTree) }
        let oldTree = try old.map { id throws(WorkspaceError) in try lookupTree(ofCommit: id) }
        defer { oldTree.map(git_tree_free) }

        var options = git_diff_options()
        try check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "diff")
        let diff = try make("compare \(old?.short ?? "nothing") with \(new.short)") {
            git_diff_tree_to_tree(&$0, pointer, oldTree, newTree, &options)
        }
        defer { git_diff_free(diff) }
        var findOptions = git_diff_find_options()
        try check(
            git_diff_find_options_init(&findOptions, UInt32(GIT_DIFF_FIND_OPTIONS_VERSION)),
            "prepare rename detection")
        findOptions.flags = GIT_DIFF_FIND_RENAMES.rawValue
        try check(git_diff_find_similar(diff, &findOptions), "detect renames")

        var changes: [FileChange] = []
        for index in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, index)?.pointee else { continue }
            let newPath = gitString(delta.new_file.path)
            let oldPath = gitString(delta.old_file.path)
            guard WorkPath.contains(scope, newPath) || WorkPath.contains(scope, oldPath),
                let kind = ChangeKind(delta.status)
            else { continue }
            let (added, removed, isBinary) = try lineCounts(diff, index)
            changes.append(
                FileChange(
                    path: kind == .deleted ? oldPath : newPath,
                    oldPath: kind == .renamed ? oldPath : nil,
                    kind: kind,
                    linesAdded: added,
                    linesRemoved: removed,
                    isBinary: isBinary))
        }
        return changes
    }

    /// Added and removed lines of one delta, and whether it is binary (zero lines then).
    ///
    /// Binary detection needs the contents, so it is read from the patch, not the diff.
    private func lineCounts(_ diff: OpaquePointer, _ index: Int) throws(WorkspaceError)
        -> (Int, Int, Bool)
    {
        var patch: OpaquePointer?
        try check(git_patch_from_diff(&patch, diff, index), "compute a patch")
        guard let patch else { return (0, 0, false) }
        defer { git_patch_free(patch) }
        var context = 0
        var added = 0
        var removed = 0
        try check(git_patch_line_stats(&context, &added, &removed, patch), "count lines")
        let flags = git_patch_get_delta(patch)?.pointee.flags ?? 0
        return (added, removed, flags & GIT_DIFF_FLAG_BINARY.rawValue != 0)
    }
}

extension ChangeKind {
    /// Maps libgit2's delta status; nil for statuses a tree-to-tree diff does not report.
    init?(_ status: git_delta_t) {
        switch status {
        case GIT_DELTA_ADDED, GIT_DELTA_COPIED, GIT_DELTA_UNTRACKED: self = .added
        case GIT_DELTA_DELETED: self = .deleted
        case GIT_DELTA_MODIFIED: self = .modified
        case GIT_DELTA_RENAMED: self = .renamed
        case GIT_DELTA_TYPECHANGE: self = .typeChanged
        default: return nil
        }
    }
}
