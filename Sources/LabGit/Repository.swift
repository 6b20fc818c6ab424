internal import CLibGit2
public import Foundation

/// A git repository: a student's workspace (with a work tree) or a bare repository being graded.
///
/// Create one with `create(at:initialBranch:)`, `open(at:)`, `discover(from:)` or
/// `importBundle(at:into:maxBytes:)`. Paths the methods take are relative to the work-tree root,
/// with `/` separators. A `Repository` is not thread-safe (libgit2 objects are not): open one
/// per task when working in parallel.
public final class Repository {
    let pointer: OpaquePointer
    /// The `.git` directory, or the repository itself when it is bare.
    public let gitDirectory: URL
    /// The root of the work tree; nil for a bare repository.
    public let workTree: URL?

    /// Takes ownership of an open libgit2 repository.
    init(pointer: OpaquePointer) {
        self.pointer = pointer
        gitDirectory = URL(
            fileURLWithPath: Self.trimmed(gitString(git_repository_path(pointer))),
            isDirectory: true)
        workTree = git_repository_workdir(pointer).map {
            URL(fileURLWithPath: Self.trimmed(String(cString: $0)), isDirectory: true)
        }
    }

    deinit {
        git_repository_free(pointer)
    }

    /// True when the repository has no work tree (the form `git clone --bare` and grading use).
    public var isBare: Bool { workTree == nil }

    /// The path messages name: the work-tree root, or the git directory when bare.
    var displayPath: String { (workTree ?? gitDirectory).path }

    /// Throws the mapped error when a libgit2 call on this repository failed.
    func check(_ code: Int32, _ operation: @autoclosure () -> String) throws(WorkspaceError) {
        try gitCheck(code, operation(), repository: displayPath)
    }

    /// Runs a libgit2 constructor on this repository; the caller frees the result.
    func make(
        _ operation: @autoclosure () -> String,
        _ call: (inout OpaquePointer?) -> Int32
    ) throws(WorkspaceError) -> OpaquePointer {
        try gitMake(operation(), repository: displayPath, call)
    }

    /// The work tree, or the error saying a bare repository has none.
    func requireWorkTree() throws(WorkspaceError) -> URL {
        guard let workTree else { throw .bareRepository(path: displayPath) }
        return workTree
    }

    /// libgit2 returns directories with a trailing slash; URLs and messages read better without.
    private static func trimmed(_ path: String) -> String {
        path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}
