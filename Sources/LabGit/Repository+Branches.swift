internal import CLibGit2

/// A local branch and the commit at its tip.
public struct BranchInfo: Sendable, Hashable {
    /// `main`, without `refs/heads/`.
    public var name: String
    public var commit: ObjectID

    public init(name: String, commit: ObjectID) {
        self.name = name
        self.commit = commit
    }
}

extension Repository {
    /// The local branches whose tip is a readable commit, sorted by name.
    public func branches() throws(WorkspaceError) -> [BranchInfo] {
        var branches: [BranchInfo] = []
        for name in try referenceNames() where name.hasPrefix("refs/heads/") {
            var oid = git_oid()
            guard git_reference_name_to_id(&oid, pointer, name) == 0 else { continue }
            var commit: OpaquePointer?
            guard git_commit_lookup(&commit, pointer, &oid) == 0 else { continue }
            git_commit_free(commit)
            branches.append(BranchInfo(name: String(name.dropFirst(11)), commit: ObjectID(oid)))
        }
        return branches
    }

    /// The branches holding commits that `commit` does not have: the newer work a detached
    /// HEAD leaves out (`git switch NAME` returns to it), `main` first.
    public func branches(aheadOf commit: ObjectID) throws(WorkspaceError) -> [BranchInfo] {
        var base = commit.oid
        return try branches().filter { branch in
            var tip = branch.commit.oid
            guard branch.commit != commit else { return false }
            // A branch that only lags behind (its tip an ancestor of `commit`) has nothing newer.
            return git_graph_descendant_of(pointer, &base, &tip) != 1
        }.sorted { ($0.name == "main" ? 0 : 1, $0.name) < ($1.name == "main" ? 0 : 1, $1.name) }
    }
}
