internal import CLibGit2

extension Repository {
    /// The files under `prefix` (everything when nil) that differ from HEAD, in the index or in
    /// the work tree, untracked ones included and ignored ones left out, sorted by path; empty
    /// means `git status -- PREFIX` would call the tree clean.
    ///
    /// Use it before overwriting files (`lab reset`) and to tell a student what is uncommitted.
    public func status(under prefix: String? = nil) throws(WorkspaceError) -> [StatusEntry] {
        try changes(under: prefix).map(\.entry)
    }

    /// `status(under:)` with each path's bytes as git stores them: a file name that is not
    /// UTF-8 (from an archive made on another system, say) has text that cannot open it.
    func changes(under prefix: String? = nil) throws(WorkspaceError) -> [(
        entry: StatusEntry, bytes: [UInt8]
    )] {
        _ = try requireWorkTree()
        let scope = try WorkPath.normalize(prefix ?? "", allowRoot: true)
        var options = git_status_options()
        try check(
            git_status_options_init(&options, UInt32(GIT_STATUS_OPTIONS_VERSION)),
            "prepare a status")
        options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR
        options.flags =
            GIT_STATUS_OPT_INCLUDE_UNTRACKED.rawValue
            | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS.rawValue
            | GIT_STATUS_OPT_EXCLUDE_SUBMODULES.rawValue
        let list = try make("read the work-tree status") {
            git_status_list_new(&$0, pointer, &options)
        }
        defer { git_status_list_free(list) }
        var changes: [(entry: StatusEntry, bytes: [UInt8])] = []
        for position in 0..<git_status_list_entrycount(list) {
            guard let entry = git_status_byindex(list, position)?.pointee else { continue }
            let delta = (entry.index_to_workdir ?? entry.head_to_index)?.pointee
            guard let raw = delta?.new_file.path ?? delta?.old_file.path else { continue }
            let path = gitString(raw)
            guard !path.isEmpty, WorkPath.contains(scope, path) else { continue }
            let flags = entry.status.rawValue
            let status = StatusEntry(
                path: path,
                staged: Self.change(flags, Self.indexFlags),
                unstaged: Self.change(flags, Self.workTreeFlags),
                isConflicted: flags & GIT_STATUS_CONFLICTED.rawValue != 0)
            changes.append((status, gitBytes(raw)))
        }
        return changes.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
    }

    private static let indexFlags: [(git_status_t, ChangeKind)] = [
        (GIT_STATUS_INDEX_NEW, .added), (GIT_STATUS_INDEX_MODIFIED, .modified),
        (GIT_STATUS_INDEX_DELETED, .deleted), (GIT_STATUS_INDEX_RENAMED, .renamed),
        (GIT_STATUS_INDEX_TYPECHANGE, .typeChanged),
    ]

    private static let workTreeFlags: [(git_status_t, ChangeKind)] = [
        (GIT_STATUS_WT_NEW, .added), (GIT_STATUS_WT_MODIFIED, .modified),
        (GIT_STATUS_WT_DELETED, .deleted), (GIT_STATUS_WT_RENAMED, .renamed),
        (GIT_STATUS_WT_TYPECHANGE, .typeChanged),
    ]

    private static func change(_ flags: UInt32, _ table: [(git_status_t, ChangeKind)])
        -> ChangeKind?
    {
        table.first { flags & $0.0.rawValue != 0 }?.1
    }
}
