/// Bounds that keep a hostile or broken file from making the loader slow or huge.
public struct ManifestLimits: Sendable, Hashable {
    /// Largest manifest file read, in bytes.
    public var maxFileBytes: Int
    /// Most YAML documents in one file.
    public var maxDocuments: Int
    /// Deepest nesting of maps and lists.
    public var maxDepth: Int
    /// Most nodes in one document, counting every alias expansion.
    public var maxNodes: Int
    /// The command-line option that raises `maxFileBytes` (`--max-file-size` for `lab lint`),
    /// named in the hint of a file over the limit; nil where the limit is fixed (`lab check`
    /// and `lab grade` read every file with the same limit, so that they agree).
    public var sizeOption: String?

    public init(
        maxFileBytes: Int = 1 << 20,
        maxDocuments: Int = 500,
        maxDepth: Int = 64,
        maxNodes: Int = 100_000,
        sizeOption: String? = nil
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxDocuments = maxDocuments
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.sizeOption = sizeOption
    }

    public static let standard = ManifestLimits()

    /// What to do about a file over `maxFileBytes`.
    public var sizeHint: String {
        "a manifest is a few kilobytes: split it into several files"
            + (sizeOption.map { ", or raise the limit with \($0)" } ?? "")
    }
}
