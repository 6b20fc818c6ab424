/// An image reference split as the container runtime reads it (distribution/reference):
/// `repository[:tag]`, with `latest` when the tag is omitted and Docker Hub's implicit
/// `docker.io/library/` prefix dropped, so `nginx`, `library/nginx:latest` and
/// `docker.io/library/nginx:latest` are one image.
public struct ImageReference: Sendable, Hashable, CustomStringConvertible {
    public var repository: String
    /// The tag, or the digest (`sha256:...`) for a reference pinned by digest.
    public var tag: String

    public init(repository: String, tag: String) {
        self.repository = repository
        self.tag = tag
    }

    public init(parsing text: String) {
        var name = Substring(text)
        var tag = "latest"
        if let at = name.firstIndex(of: "@") {
            tag = String(name[name.index(after: at)...])
            name = name[..<at]
        } else if let colon = name.lastIndex(of: ":"),
            colon > (name.lastIndex(of: "/") ?? name.startIndex)
        {
            // A colon before the last slash is a registry port (`localhost:5000/app`).
            tag = String(name[name.index(after: colon)...])
            name = name[..<colon]
        }
        self.init(repository: Self.normalized(String(name)), tag: tag)
    }

    /// `repository:tag`.
    public var description: String { "\(repository):\(tag)" }

    private static func normalized(_ repository: String) -> String {
        for prefix in ["docker.io/library/", "index.docker.io/library/", "library/"]
        where repository.hasPrefix(prefix) {
            return String(repository.dropFirst(prefix.count))
        }
        for prefix in ["docker.io/", "index.docker.io/"] where repository.hasPrefix(prefix) {
            return String(repository.dropFirst(prefix.count))
        }
        return repository
    }
}
