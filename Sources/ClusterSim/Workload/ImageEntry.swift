/// One repository of the image catalogue: which tags exist and how they behave.
public struct ImageEntry: Decodable, Sendable, Hashable {
    /// `jinyoung/order`, `ghcr.io/acmexii/order-liveness`, `nginx` (no Docker Hub prefix).
    public var repository: String
    /// Tags that exist; `*` means every tag except `missingTags`.
    public var tags: [String]
    /// Tags that do not exist in the registry: pulling them fails (`ErrImagePull`).
    public var missingTags: [String]?
    public var profile: ImageProfile

    public init(
        repository: String, tags: [String], missingTags: [String]? = nil, profile: ImageProfile
    ) {
        self.repository = repository
        self.tags = tags
        self.missingTags = missingTags
        self.profile = profile
    }
}
