internal import CLibGit2
public import Foundation

extension Repository {
    /// The index file, `.git/index`.
    public var indexFile: URL { gitDirectory.appendingPathComponent("index") }

    /// Rebuilds a missing index (deleted by hand, or by an editor or a sync tool) from HEAD, as
    /// `git reset` does; the work tree is not touched.
    ///
    /// Without it, the next commit would start from an empty index, and every file it does not
    /// stage (`.lab/workspace.json`, other labs) would show as a staged deletion that a later
    /// plain `git commit` records.
    ///
    /// - Returns: True when the index was missing and has been rebuilt.
    /// - Throws: `damagedIndex` when the index exists but cannot be read.
    @discardableResult
    public func restoreMissingIndex() throws(WorkspaceError) -> Bool {
        guard workTree != nil else { return false }
        if FileManager.default.fileExists(atPath: indexFile.path) {
            try requireReadableIndex()
            return false
        }
        guard let commit = try headCommit() else { return false }
        let index = try make("open the index") { git_repository_index(&$0, pointer) }
        defer { git_index_free(index) }
        let tree = try lookupTree(ofCommit: commit)
        defer { git_tree_free(tree) }
        try check(git_index_read_tree(index, tree), "rebuild the index from \(commit.short)")
        try check(git_index_write(index), "write the index")
        return true
    }

    /// Throws `damagedIndex` when `.git/index` exists and libgit2 cannot read it.
    public func requireReadableIndex() throws(WorkspaceError) {
        guard workTree != nil, FileManager.default.fileExists(atPath: indexFile.path) else {
            return
        }
        var index: OpaquePointer?
        let code = git_index_open(&index, indexFile.path)
        defer { git_index_free(index) }
        guard code >= 0 else {
            throw .damagedIndex(path: indexFile.path, detail: GitFailure(code: code).detail)
        }
    }
}
