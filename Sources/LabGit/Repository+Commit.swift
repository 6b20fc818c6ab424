internal import CLibGit2
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Repository {
    /// Records the work-tree contents of `paths` as a new commit on the current branch.
    ///
    /// It does what `git add -A -- PATHS && git commit --only -- PATHS` would:
    /// - Under `paths`, new and modified files are added and deleted ones removed, following
    ///   `.gitignore` as `git add` does. Everything else stays as the student left it: their
    ///   staged and unstaged changes elsewhere are neither committed nor lost.
    /// - The index entries for `paths` are updated too, so `git status` is clean for them
    ///   afterwards.
    /// - The parent is HEAD, whatever branch it is on and whoever made it (plain `git commit`
    ///   included); on a branch with no commits yet this makes the first commit.
    ///
    /// - Parameters:
    ///   - paths: Files or directories relative to the work-tree root; `"."` is all of it.
    ///   - files: Written into the work tree atomically first, then committed too, even if a
    ///     `.gitignore` rule matches them (a result file, say).
    ///   - message: The commit message.
    ///   - author: Who to record as author and committer; nil uses `configuredIdentity()`.
    ///   - clock: Where the author and committer time come from.
    ///   - allowEmpty: Commit even when the tree would not change.
    ///   - excluding: Files under `paths` left out of the commit and the index (a file too large
    ///     or binary to record); one already committed keeps its recorded version.
    /// - Returns: The new commit, or nil when nothing changed (and `allowEmpty` is false).
    /// - Throws: `detachedHead`, `operationInProgress` (a merge or rebase), `locked` (another
    ///   git process holds `index.lock`), `invalidPath`, `invalidMessage`, `bareRepository`.
    @discardableResult
    public func commit(
        paths: [String],
        writing files: [WorkspaceFile] = [],
        message: CommitMessage,
        author: Identity? = nil,
        clock: SignatureClock = .system,
        allowEmpty: Bool = false,
        excluding: [String] = []
    ) throws(WorkspaceError) -> ObjectID? {
        let root = try requireWorkTree()
        try requireNoOperationInProgress()
        let text = try message.rendered()
        let head = try head()
        if case .detached(let commit) = head { throw .detachedHead(commit: commit) }
        let explicit = try WorkPath.normalize(files.map(\.path), allowRoot: false)
        let scopes = try WorkPath.normalize(paths, allowRoot: true) + explicit
        let identity: Identity
        if let author { identity = author } else { identity = try configuredIdentity() }
        try writeFiles(files)

        let index = try make("open the index") { git_repository_index(&$0, pointer) }
        defer { git_index_free(index) }
        // Force a re-read: the student may have run `git add` since this object was opened.
        try check(git_index_read(index, 1), "read the index")
        // Status lists every path whose index entry differs from HEAD or whose file differs
        // from the index, untracked ones included and ignored ones not, as `git add` picks
        // them. An untracked nested repository (`dir/`) is not content of this one. Paths are
        // staged by their bytes: a file name that is not UTF-8 is the student's work too.
        let excluded = Set(try WorkPath.normalize(excluding, allowRoot: false))
        let changed = try changes().filter {
            !$0.entry.path.hasSuffix("/") && WorkPath.contains(any: scopes, $0.entry.path)
                && !excluded.contains($0.entry.path)
        }.map(\.bytes)
        try stage(
            Set(changed).union(explicit.map { Array($0.utf8) }).sorted {
                $0.lexicographicallyPrecedes($1)
            }, in: index, root: root)
        // The index goes first: if the commit then fails, the paths are merely staged.
        try check(git_index_write(index), "write the index")

        let tree = try tree(replacing: scopes, of: head.commit, from: index)
        if !allowEmpty, tree == (try head.commit.map(treeID(ofCommit:)) ?? Self.emptyTree) {
            return nil
        }
        return try createCommit(
            tree: tree, parent: head.commit, message: text, identity: identity,
            time: clock.now())
    }

    /// The id of the tree with no entries, which a commit without parents is compared to.
    static let emptyTree = ObjectID(hex: "4b825dc642cb6eb9a060e54bf8d69288fbee4904")

    /// Makes the index entry of each path match the work tree: added (with its stat data, so
    /// `git status` need not re-hash it) when it is a file or symbolic link, removed otherwise.
    private func stage(_ paths: [[UInt8]], in index: OpaquePointer, root: URL)
        throws(WorkspaceError)
    {
        let rootBytes = Array(root.path.utf8) + [UInt8(ascii: "/")]
        for path in paths {
            let name = String(decoding: path, as: UTF8.self)
            var info = stat()
            let exists = lstat(cString(rootBytes + path), &info) == 0
            let kind = info.st_mode & S_IFMT
            if exists && (kind == S_IFREG || kind == S_IFLNK) {
                try check(git_index_add_bypath(index, cString(path)), "stage \"\(name)\"")
            } else {
                try check(git_index_remove_bypath(index, cString(path)), "unstage \"\(name)\"")
            }
        }
    }

    /// Writes the tree of `parent` with everything under `scopes` replaced by the index's
    /// entries there, so staged changes elsewhere stay out of the commit.
    private func tree(
        replacing scopes: [String], of parent: ObjectID?, from index: OpaquePointer
    ) throws(WorkspaceError) -> ObjectID {
        let staging = try make("create an index in memory") { git_index_new(&$0) }
        defer { git_index_free(staging) }
        if let parent {
            let tree = try lookupTree(ofCommit: parent)
            defer { git_tree_free(tree) }
            try check(git_index_read_tree(staging, tree), "read the tree of \(parent.short)")
        }
        for scope in scopes {
            if scope.isEmpty {
                try check(git_index_clear(staging), "clear the index in memory")
                continue
            }
            try check(git_index_remove_directory(staging, scope, 0), "drop \"\(scope)\"")
            let code = git_index_remove(staging, scope, 0)
            if code != GIT_ENOTFOUND.rawValue { try check(code, "drop \"\(scope)\"") }
        }
        for position in 0..<git_index_entrycount(index) {
            guard let entry = git_index_get_byindex(index, position),
                git_index_entry_stage(entry) == 0,
                WorkPath.contains(any: scopes, gitString(entry.pointee.path))
            else { continue }
            try check(git_index_add(staging, entry), "copy \"\(gitString(entry.pointee.path))\"")
        }
        var oid = git_oid()
        try check(git_index_write_tree_to(&oid, staging, pointer), "write the tree")
        return ObjectID(oid)
    }

    /// The id of a commit's root tree.
    func treeID(ofCommit id: ObjectID) throws(WorkspaceError) -> ObjectID {
        let commit = try lookupCommit(id)
        defer { git_commit_free(commit) }
        return ObjectID(git_commit_tree_id(commit))
    }

    /// Creates the commit object and moves the branch HEAD is on to it, in one step that fails
    /// if the branch moved meanwhile.
    private func createCommit(
        tree: ObjectID, parent: ObjectID?, message: String, identity: Identity,
        time: SignatureTime
    ) throws(WorkspaceError) -> ObjectID {
        let signature = try makeSignature(identity, time)
        defer { git_signature_free(signature) }
        var treeOID = tree.oid
        let treeObject = try make("read the new tree") {
            git_tree_lookup(&$0, pointer, &treeOID)
        }
        defer { git_tree_free(treeObject) }
        var parents: [OpaquePointer?] = []
        if let parent { parents.append(try lookupCommit(parent)) }
        defer { parents.forEach(git_commit_free) }
        var oid = git_oid()
        // A nil encoding writes no `encoding` header (UTF-8 is git's default), so the object is
        // byte for byte what `git commit-tree` writes.
        let code = parents.withUnsafeMutableBufferPointer { buffer in
            git_commit_create(
                &oid, pointer, "HEAD", signature, signature, nil, message, treeObject,
                buffer.count, buffer.baseAddress)
        }
        try check(code, "create the commit")
        return ObjectID(oid)
    }

    /// A libgit2 signature for `identity` at `time`; the caller frees it.
    private func makeSignature(
        _ identity: Identity, _ time: SignatureTime
    ) throws(WorkspaceError) -> UnsafeMutablePointer<git_signature> {
        var signature: UnsafeMutablePointer<git_signature>?
        let code = git_signature_new(
            &signature,
            Self.cleaned(identity.name) ?? Identity.fallback.name,
            Self.cleaned(identity.email) ?? Identity.fallback.email,
            time.secondsSince1970, Int32(time.utcOffsetMinutes))
        guard code >= 0, let signature else {
            throw GitFailure(code: code).workspaceError(
                "record \"\(identity.name) <\(identity.email)>\"", repository: displayPath)
        }
        return signature
    }
}
