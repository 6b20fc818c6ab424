public import Foundation

/// A file to put into the work tree: a path relative to the root and its full contents.
public struct WorkspaceFile: Sendable, Hashable {
    /// Relative to the work-tree root, with `/` separators (`k8s/deployment.yaml`).
    public var path: String
    public var contents: Data
    /// Written with mode 755 instead of 644, which git records as an executable file.
    public var isExecutable: Bool

    public init(path: String, contents: Data, isExecutable: Bool = false) {
        self.path = path
        self.contents = contents
        self.isExecutable = isExecutable
    }

    /// A file whose contents are `text` encoded as UTF-8.
    public init(path: String, text: String, isExecutable: Bool = false) {
        self.init(path: path, contents: Data(text.utf8), isExecutable: isExecutable)
    }
}
