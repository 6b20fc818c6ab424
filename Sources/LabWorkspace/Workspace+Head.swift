public import LabGit

/// Where a workspace's HEAD is when it is not on a branch.
public struct DetachedHead: Sendable, Hashable {
    /// The commit HEAD is detached at.
    public var commit: ObjectID
    /// The branches with commits HEAD does not have (the newer work), `main` first.
    public var newer: [BranchInfo]

    /// The branch to return to: the first with newer work, else `main`.
    public var returnBranch: String { newer.first?.name ?? "main" }
}

extension Workspace {
    /// Nil on a branch; the commit and the branches ahead of it when HEAD is detached, so
    /// `lab status` can say its table is the history up to that commit, not the latest work.
    public func detachedHead() throws(ProgressError) -> DetachedHead? {
        do throws(WorkspaceError) {
            guard case .detached(let commit) = try repository.head() else { return nil }
            return DetachedHead(commit: commit, newer: try repository.branches(aheadOf: commit))
        } catch {
            throw .repository(error)
        }
    }
}
