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

    public init(
        maxFileBytes: Int = 1 << 20,
        maxDocuments: Int = 500,
        maxDepth: Int = 64,
        maxNodes: Int = 100_000
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxDocuments = maxDocuments
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    public static let standard = ManifestLimits()
}
