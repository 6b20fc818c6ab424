internal import CLibGit2
import Foundation

extension Repository {
    /// Every file, symbolic link and submodule under `prefix` in `commit`, recursively, sorted
    /// by path (`git ls-tree -r -l COMMIT -- PREFIX`); empty if nothing is there.
    public func files(
        at commit: ObjectID, under prefix: String? = nil
    ) throws(WorkspaceError) -> [TreeEntry] {
        let scope = try WorkPath.normalize(prefix ?? "", allowRoot: true)
        let root = try lookupTree(ofCommit: commit)
        defer { git_tree_free(root) }
        let odb = try make("open the object database") { git_repository_odb(&$0, pointer) }
        defer { git_odb_free(odb) }
        var entries: [TreeEntry] = []
        if scope.isEmpty {
            try collect(root, prefix: "", odb: odb, into: &entries)
        } else {
            var entry: OpaquePointer?
            guard git_tree_entry_bypath(&entry, root, scope) == 0, let entry else { return [] }
            defer { git_tree_entry_free(entry) }
            try collect(entry, path: scope, odb: odb, into: &entries)
        }
        // Git orders a tree's entries as if directory names ended in "/"; sort by plain bytes.
        return entries.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// The contents of the file or symbolic link at `path` in `commit`.
    ///
    /// - Throws: `pathNotFound`, `notAFile` for a directory or submodule, and `tooLarge` when
    ///   the blob is bigger than `maxBytes` (checked before reading it).
    public func contents(
        of path: String, at commit: ObjectID, maxBytes: Int = FileContent.defaultMaxBytes
    ) throws(WorkspaceError) -> FileContent {
        let clean = try WorkPath.normalize(path, allowRoot: false)
        let root = try lookupTree(ofCommit: commit)
        defer { git_tree_free(root) }
        var entry: OpaquePointer?
        guard git_tree_entry_bypath(&entry, root, clean) == 0, let entry else {
            throw .pathNotFound(clean, commit: commit)
        }
        defer { git_tree_entry_free(entry) }
        let kind = Self.kind(of: entry)
        guard let kind, kind != .submodule else { throw .notAFile(clean, commit: commit) }
        let data = try blobData(git_tree_entry_id(entry), path: clean, maxBytes: maxBytes)
        switch kind {
        case .symlink: return .symlink(target: String(decoding: data, as: UTF8.self))
        default: return .file(data, isExecutable: kind == .executable)
        }
    }

    /// Reads a blob after checking its size in the object header.
    private func blobData(
        _ oid: UnsafePointer<git_oid>?, path: String, maxBytes: Int
    ) throws(WorkspaceError) -> Data {
        guard let oid else { throw .damaged(path: displayPath, detail: "\"\(path)\" has no id") }
        let odb = try make("open the object database") { git_repository_odb(&$0, pointer) }
        defer { git_odb_free(odb) }
        var size = 0
        var type = GIT_OBJECT_ANY
        try check(git_odb_read_header(&size, &type, odb, oid), "read \"\(path)\"")
        guard size <= maxBytes else { throw .tooLarge(path: path, size: size, limit: maxBytes) }
        let blob = try make("read \"\(path)\"") { git_blob_lookup(&$0, pointer, oid) }
        defer { git_blob_free(blob) }
        let length = Int(git_blob_rawsize(blob))
        guard let bytes = git_blob_rawcontent(blob), length > 0 else { return Data() }
        return Data(bytes: bytes, count: length)
    }

    /// Adds the entries of `tree` and its subtrees, their paths starting with `prefix`.
    private func collect(
        _ tree: OpaquePointer, prefix: String, odb: OpaquePointer, into entries: inout [TreeEntry]
    ) throws(WorkspaceError) {
        for index in 0..<git_tree_entrycount(tree) {
            guard let entry = git_tree_entry_byindex(tree, index) else { continue }
            let name = gitString(git_tree_entry_name(entry))
            try collect(
                entry, path: prefix.isEmpty ? name : "\(prefix)/\(name)", odb: odb, into: &entries)
        }
    }

    /// Adds one entry, descending into it when it is a tree.
    private func collect(
        _ entry: OpaquePointer, path: String, odb: OpaquePointer, into entries: inout [TreeEntry]
    ) throws(WorkspaceError) {
        guard let oid = git_tree_entry_id(entry) else { return }
        guard let kind = Self.kind(of: entry) else {
            let subtree = try make("read directory \"\(path)\"") {
                git_tree_lookup(&$0, pointer, oid)
            }
            defer { git_tree_free(subtree) }
            try collect(subtree, prefix: path, odb: odb, into: &entries)
            return
        }
        var size: Int?
        if kind != .submodule {
            var length = 0
            var type = GIT_OBJECT_ANY
            try check(git_odb_read_header(&length, &type, odb, oid), "read \"\(path)\"")
            size = length
        }
        entries.append(TreeEntry(path: path, kind: kind, id: ObjectID(oid), size: size))
    }

    /// The kind of a non-directory entry; nil for a directory (tree).
    private static func kind(of entry: OpaquePointer) -> TreeEntry.Kind? {
        switch git_tree_entry_filemode(entry) {
        case GIT_FILEMODE_TREE: nil
        case GIT_FILEMODE_BLOB_EXECUTABLE: .executable
        case GIT_FILEMODE_LINK: .symlink
        case GIT_FILEMODE_COMMIT: .submodule
        default: .file
        }
    }
}
