internal import CLibGit2

extension CommitInfo {
    /// Reads everything `CommitInfo` holds from an open commit.
    init(_ commit: OpaquePointer) {
        let message = gitString(git_commit_message(commit))
        var short = git_buf()
        defer { git_buf_dispose(&short) }
        let id = ObjectID(git_commit_id(commit))
        let shortID =
            git_object_short_id(&short, commit) == 0 && short.ptr != nil
            ? String(cString: short.ptr) : id.short
        self.init(
            id: id,
            shortID: shortID,
            subject: gitString(git_commit_summary(commit)),
            message: message,
            trailers: Self.trailers(in: message),
            author: Signature(git_commit_author(commit)),
            committer: Signature(git_commit_committer(commit)),
            parents: (0..<git_commit_parentcount(commit)).compactMap { index in
                git_commit_parent_id(commit, index).map { ObjectID($0) }
            })
    }

    /// Parses trailers with libgit2, which follows `git interpret-trailers`.
    ///
    /// A message it cannot parse simply has none. Public so the fuzzing harness can reach it
    /// (docs/fuzzing.md).
    public static func trailers(in message: String) -> [Trailer] {
        var array = git_message_trailer_array()
        guard git_message_trailers(&array, message) == 0 else { return [] }
        defer { git_message_trailer_array_free(&array) }
        guard let trailers = array.trailers else { return [] }
        return (0..<array.count).map { index in
            Trailer(gitString(trailers[index].key), gitString(trailers[index].value))
        }
    }
}

extension Signature {
    /// Copies a libgit2 signature; a null one (which libgit2 never returns for a parsed commit)
    /// reads as empty.
    init(_ signature: UnsafePointer<git_signature>?) {
        guard let signature = signature?.pointee else {
            self.init(name: "", email: "", time: SignatureTime(secondsSince1970: 0))
            return
        }
        self.init(
            name: gitString(signature.name),
            email: gitString(signature.email),
            time: SignatureTime(
                secondsSince1970: signature.when.time,
                utcOffsetMinutes: Int(signature.when.offset)))
    }
}
