internal import CLibGit2
public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Repository {
    /// Reads the git bundle at `bundle` into a new bare repository at `directory`, as
    /// `git clone --bare FILE DIRECTORY` would, without the git command-line tool.
    ///
    /// The pack is indexed (with a connectivity check) into a temporary directory next to
    /// `directory`, its references are created, HEAD is pointed at the branch the bundle's HEAD
    /// names, and only then is the directory renamed into place: a failure leaves nothing
    /// behind.
    ///
    /// - Throws: `tooLarge` past `maxBytes`, `malformedBundle` for a bad header or pack,
    ///   `destinationNotEmpty` if `directory` exists and is not empty, `fileSystem`.
    public static func importBundle(
        at bundle: URL, into directory: URL, maxBytes: Int = GitBundle.defaultMaxBytes
    ) throws(WorkspaceError) -> Repository {
        let file = try BundleFile(url: bundle, maxBytes: maxBytes)
        let destination = directory.standardizedFileURL
        try requireEmptyOrMissing(destination)
        let parent = destination.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .fileSystem(path: parent.path, detail: "cannot create directory: \(error)")
        }
        var template = Array(
            "\(parent.path)/.\(destination.lastPathComponent).import-XXXXXX".utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) } != nil
        }
        guard created else { throw systemError(parent.path, "creating a temporary directory") }
        let staging = URL(
            fileURLWithPath: String(
                decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
        // mkdtemp makes the directory private (0700); a clone would be readable like any other.
        chmod(staging.path, 0o755)
        do throws(WorkspaceError) {
            // The inner scope closes the libgit2 handle before the directory is renamed.
            do {
                let repository = try initialize(at: staging, initialBranch: "main", bare: true)
                try repository.indexPack(of: file)
                try repository.createReferences(of: file)
            }
            guard rename(staging.path, destination.path) == 0 else {
                throw systemError(destination.path, "moving the imported repository into place")
            }
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
        AtomicFile.syncDirectory(parent.path)
        return try open(at: destination)
    }

    private static func requireEmptyOrMissing(_ directory: URL) throws(WorkspaceError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory)
        else { return }
        let contents = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
        guard isDirectory.boolValue, contents?.isEmpty == true else {
            throw .destinationNotEmpty(path: directory.path)
        }
    }

    /// Streams the bundle's pack through libgit2's indexer into `objects/pack`.
    private func indexPack(of file: BundleFile) throws(WorkspaceError) {
        func malformed(_ failure: GitFailure) -> WorkspaceError {
            .malformedBundle(path: file.url.path, reason: "its pack is damaged: \(failure.detail)")
        }
        let odb = try make("open the object database") { git_repository_odb(&$0, pointer) }
        defer { git_odb_free(odb) }
        var options = git_indexer_options()
        try check(
            git_indexer_options_init(&options, UInt32(GIT_INDEXER_OPTIONS_VERSION)),
            "prepare the indexer")
        // Check that every object the pack's commits and trees name is present.
        options.verify = 1
        let packDirectory = gitDirectory.appendingPathComponent("objects/pack").path
        let indexer = try make("start indexing the pack") {
            git_indexer_new(&$0, packDirectory, 0, odb, &options)
        }
        defer { git_indexer_free(indexer) }
        var progress = git_indexer_progress()
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: file.url)
            try handle.seek(toOffset: UInt64(file.packOffset))
        } catch {
            throw .fileSystem(path: file.url.path, detail: "cannot read the bundle: \(error)")
        }
        defer { try? handle.close() }
        // Read no more than the size that was checked against the limit, even if the file grows.
        var remaining = file.size - file.packOffset
        while remaining > 0 {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: min(remaining, 1 << 20)) ?? Data()
            } catch {
                throw .fileSystem(path: file.url.path, detail: "cannot read the bundle: \(error)")
            }
            if chunk.isEmpty { break }
            remaining -= chunk.count
            let code = chunk.withUnsafeBytes {
                git_indexer_append(indexer, $0.baseAddress, $0.count, &progress)
            }
            guard code >= 0 else { throw malformed(GitFailure(code: code)) }
        }
        let code = git_indexer_commit(indexer, &progress)
        guard code >= 0 else { throw malformed(GitFailure(code: code)) }
        try check(git_odb_refresh(odb), "refresh the object database")
    }

    /// Creates the bundle's references and points HEAD where the bundle's HEAD points.
    private func createReferences(of file: BundleFile) throws(WorkspaceError) {
        func malformed(_ reason: String) -> WorkspaceError {
            .malformedBundle(path: file.url.path, reason: reason)
        }
        let odb = try make("open the object database") { git_repository_odb(&$0, pointer) }
        defer { git_odb_free(odb) }
        var head: ObjectID?
        var branches: [GitBundle.Reference] = []
        for reference in file.bundle.references {
            var oid = reference.target.oid
            guard git_odb_exists(odb, &oid) == 1 else {
                throw malformed(
                    "\(reference.name) names \(reference.target.short), which its pack lacks")
            }
            if reference.name == "HEAD" {
                head = reference.target
                continue
            }
            var created: OpaquePointer?
            let code = git_reference_create(
                &created, pointer, reference.name, &oid, 0, "import from bundle")
            guard code >= 0 else {
                let failure = GitFailure(code: code)
                if failure.isExisting { throw malformed("it lists \(reference.name) twice") }
                throw failure.workspaceError("create \(reference.name)", repository: displayPath)
            }
            git_reference_free(created)
            if reference.name.hasPrefix("refs/heads/") { branches.append(reference) }
        }
        try pointHead(at: head, branches: branches)
    }

    /// Puts HEAD on the branch at the bundle's HEAD commit (preferring `main`, as `git clone`
    /// prefers the default branch), detaches it if no branch matches, or, without a HEAD line,
    /// keeps `main` if it exists and otherwise takes the first branch.
    private func pointHead(
        at head: ObjectID?, branches: [GitBundle.Reference]
    ) throws(WorkspaceError) {
        let preferred = ["refs/heads/main", "refs/heads/master"]
        let candidates = head.map { id in branches.filter { $0.target == id } } ?? branches
        let favourite = preferred.compactMap { name in candidates.first { $0.name == name } }
        if let branch = favourite.first ?? candidates.first {
            try check(git_repository_set_head(pointer, branch.name), "set HEAD")
        } else if let head {
            var oid = head.oid
            try check(git_repository_set_head_detached(pointer, &oid), "set HEAD")
        }
    }
}
