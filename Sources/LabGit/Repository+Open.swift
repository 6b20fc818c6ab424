internal import CLibGit2
public import Foundation

extension Repository {
    /// Creates a new repository with a work tree at `directory` (creating missing directories),
    /// its HEAD on the unborn branch `initialBranch`, like `git init -b main`.
    ///
    /// Throws `alreadyARepository` if `directory` already holds one.
    public static func create(
        at directory: URL, initialBranch: String = "main"
    ) throws(WorkspaceError) -> Repository {
        try initialize(at: directory, initialBranch: initialBranch, bare: false)
    }

    /// Opens the repository at exactly `location`: a work-tree root, a `.git` directory, or a
    /// bare repository.
    ///
    /// Throws `notARepository` if there is none there and `damaged` if HEAD names a missing or
    /// corrupt commit; an empty repository (no commits yet) opens normally.
    public static func open(at location: URL) throws(WorkspaceError) -> Repository {
        try open(location, flags: GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue)
    }

    /// Opens the repository that contains `directory`, searching upward like git does, so it
    /// works from any subdirectory of a workspace; `workTree` is then the root.
    public static func discover(from directory: URL) throws(WorkspaceError) -> Repository {
        try open(directory, flags: 0)
    }

    static func initialize(
        at directory: URL, initialBranch: String, bare: Bool
    ) throws(WorkspaceError) -> Repository {
        LibGit2.initialize()
        let path = directory.standardizedFileURL.path
        guard isValidReferenceName("refs/heads/\(initialBranch)") else {
            throw .invalidName(initialBranch, reason: "not a valid branch name")
        }
        var options = git_repository_init_options()
        try gitCheck(
            git_repository_init_options_init(
                &options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)),
            "prepare to create a repository", repository: path)
        options.flags =
            GIT_REPOSITORY_INIT_MKPATH.rawValue | GIT_REPOSITORY_INIT_NO_REINIT.rawValue
            | (bare ? GIT_REPOSITORY_INIT_BARE.rawValue : 0)
        var repository: OpaquePointer?
        let code = initialBranch.withCString { branch in
            options.initial_head = branch
            return git_repository_init_ext(&repository, path, &options)
        }
        guard code >= 0, let repository else {
            let failure = GitFailure(code: code)
            if failure.isExisting { throw .alreadyARepository(path: path) }
            throw failure.workspaceError("create a repository", repository: path)
        }
        return Repository(pointer: repository)
    }

    private static func open(_ location: URL, flags: UInt32) throws(WorkspaceError) -> Repository {
        LibGit2.initialize()
        let path = location.standardizedFileURL.path
        var repository: OpaquePointer?
        let code = git_repository_open_ext(&repository, path, flags, nil)
        guard code >= 0, let repository else {
            let failure = GitFailure(code: code)
            if failure.isNotFound { throw .notARepository(path: path) }
            if failure.code == GIT_EOWNER.rawValue { throw .unsafeOwnership(path: path) }
            throw .damaged(path: path, detail: failure.detail)
        }
        let opened = Repository(pointer: repository)
        // Reading HEAD now turns a broken repository into one clear error at open time instead
        // of a confusing one in the middle of a later command.
        _ = try opened.head()
        return opened
    }

    /// Whether git accepts `name` as a full reference name (`refs/tags/lab/hpa/passed`).
    static func isValidReferenceName(_ name: String) -> Bool {
        LibGit2.initialize()
        var valid: Int32 = 0
        return git_reference_name_is_valid(&valid, name) == 0 && valid == 1
    }
}
