internal import CLibGit2

extension Repository {
    /// Creates the lightweight tag `name` (`lab/hpa/passed`) at `commit` unless a tag with that
    /// name exists; an existing tag is left where it is.
    ///
    /// - Returns: True if the tag was created, false if it already existed.
    @discardableResult
    public func createTag(_ name: String, at commit: ObjectID) throws(WorkspaceError) -> Bool {
        guard Self.isValidReferenceName("refs/tags/\(name)") else {
            throw .invalidName(name, reason: "git does not allow this tag name")
        }
        let target = try lookupCommit(commit)
        defer { git_commit_free(target) }
        var oid = git_oid()
        let code = git_tag_create_lightweight(&oid, pointer, name, target, 0)
        if code == GIT_EEXISTS.rawValue { return false }
        try check(code, "create tag \"\(name)\"")
        return true
    }

    /// The tags whose names start with `prefix` (all tags for `""`), sorted by name; tags that
    /// do not lead to a commit are left out.
    public func tags(withPrefix prefix: String = "") throws(WorkspaceError) -> [TagInfo] {
        var tags: [TagInfo] = []
        for name in try referenceNames() where name.hasPrefix("refs/tags/" + prefix) {
            var object: OpaquePointer?
            guard git_revparse_single(&object, pointer, name) == 0, let object else { continue }
            defer { git_object_free(object) }
            var commit: OpaquePointer?
            guard git_object_peel(&commit, object, GIT_OBJECT_COMMIT) == 0, let commit else {
                continue
            }
            defer { git_object_free(commit) }
            tags.append(
                TagInfo(name: String(name.dropFirst(10)), commit: ObjectID(git_object_id(commit))))
        }
        return tags
    }

    /// The full names of all references (`refs/heads/main`, `refs/tags/...`), sorted.
    func referenceNames() throws(WorkspaceError) -> [String] {
        var names = git_strarray()
        try check(git_reference_list(&names, pointer), "list references")
        defer { git_strarray_dispose(&names) }
        guard let strings = names.strings else { return [] }
        return (0..<names.count).map { gitString(strings[$0]) }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
