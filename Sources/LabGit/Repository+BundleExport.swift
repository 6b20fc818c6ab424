internal import CLibGit2
public import Foundation

extension Repository {
    /// Writes every branch, tag and other reference, plus HEAD, with all the objects they reach
    /// into a v2 git bundle at `url`, atomically; `git clone FILE` and `git bundle verify FILE`
    /// accept it, and `importBundle(at:into:maxBytes:)` reads it back.
    ///
    /// - Returns: The header written.
    /// - Throws: `nothingToExport` when there are no commits yet.
    @discardableResult
    public func exportBundle(to url: URL) throws(WorkspaceError) -> GitBundle {
        let references = try bundleReferences()
        guard !references.isEmpty else { throw .nothingToExport(path: displayPath) }
        let builder = try make("start a pack") { git_packbuilder_new(&$0, pointer) }
        defer { git_packbuilder_free(builder) }
        let walker = try make("start walking the history") { git_revwalk_new(&$0, pointer) }
        defer { git_revwalk_free(walker) }
        for reference in references {
            try insert(reference, into: builder, walker: walker)
        }
        try check(git_packbuilder_insert_walk(builder, walker), "pack the history")

        let header =
            "# v2 git bundle\n"
            + references.map { "\($0.target.hex) \($0.name)\n" }.joined() + "\n"
        try AtomicFile.write(to: url, permissions: 0o644) { sink throws(WorkspaceError) in
            try sink.append(Data(header.utf8))
            let context = PackSink(sink)
            let code = withExtendedLifetime(context) {
                git_packbuilder_foreach(
                    builder,
                    { bytes, size, payload in
                        guard let bytes, let payload else { return -1 }
                        let context = Unmanaged<PackSink>.fromOpaque(payload)
                            .takeUnretainedValue()
                        return context.append(UnsafeRawBufferPointer(start: bytes, count: size))
                    },
                    Unmanaged.passUnretained(context).toOpaque())
            }
            if let failure = context.failure { throw failure }
            try check(code, "write the pack")
        }
        return GitBundle(version: 2, references: references)
    }

    /// HEAD (when it has a commit) followed by every direct reference, sorted by name, as
    /// `git bundle create --all` lists them; symbolic references other than HEAD are left out
    /// because a bundle line can only name an object.
    private func bundleReferences() throws(WorkspaceError) -> [GitBundle.Reference] {
        var references: [GitBundle.Reference] = []
        if let head = try headCommit() {
            references.append(GitBundle.Reference(name: "HEAD", target: head))
        }
        for name in try referenceNames() {
            let reference = try make("read reference \"\(name)\"") {
                git_reference_lookup(&$0, pointer, name)
            }
            defer { git_reference_free(reference) }
            guard let target = git_reference_target(reference) else { continue }
            references.append(GitBundle.Reference(name: name, target: ObjectID(target)))
        }
        return references
    }

    /// Queues what a reference reaches: commits go to the walk (which adds their trees and
    /// history); annotated tags are added themselves and then followed to what they tag.
    private func insert(
        _ reference: GitBundle.Reference, into builder: OpaquePointer, walker: OpaquePointer
    ) throws(WorkspaceError) {
        var oid = reference.target.oid
        while true {
            let object = try make("read \(reference.name)") {
                git_object_lookup(&$0, pointer, &oid, GIT_OBJECT_ANY)
            }
            defer { git_object_free(object) }
            switch git_object_type(object) {
            case GIT_OBJECT_COMMIT:
                try check(git_revwalk_push(walker, &oid), "walk from \(reference.name)")
                return
            case GIT_OBJECT_TREE:
                try check(git_packbuilder_insert_tree(builder, &oid), "pack \(reference.name)")
                return
            case GIT_OBJECT_TAG:
                try check(git_packbuilder_insert(builder, &oid, nil), "pack \(reference.name)")
                guard let target = git_tag_target_id(object) else { return }
                oid = target.pointee
            default:
                try check(git_packbuilder_insert(builder, &oid, nil), "pack \(reference.name)")
                return
            }
        }
    }
}

/// Carries the bundle's file into libgit2's pack callback and the first error back out.
private final class PackSink {
    let sink: AtomicFileSink
    var failure: WorkspaceError?

    init(_ sink: AtomicFileSink) {
        self.sink = sink
    }

    /// Returns 0 to continue, -1 to make libgit2 stop.
    func append(_ bytes: UnsafeRawBufferPointer) -> Int32 {
        do throws(WorkspaceError) {
            try sink.append(bytes)
            return 0
        } catch {
            failure = error
            return -1
        }
    }
}
