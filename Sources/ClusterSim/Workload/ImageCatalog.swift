/// The container images the simulated registry holds (`Labs/images.yaml`).
///
/// Lookup: an entry listing the exact tag wins; else an entry of the repository with the tag
/// `*`, unless the tag is in its `missingTags`. Anything else cannot be pulled.
public struct ImageCatalog: Decodable, Sendable, Hashable {
    public var images: [ImageEntry]

    public init(images: [ImageEntry] = []) {
        self.images = images
    }

    public func lookup(_ image: String) -> ImageLookup {
        let reference = ImageReference(parsing: image)
        let entries = images.filter {
            ImageReference(parsing: $0.repository).repository
                == reference.repository
        }
        guard !entries.isEmpty else { return .unknownImage(reference) }
        if let exact = entries.first(where: { $0.tags.contains(reference.tag) }) {
            return .found(exact.profile)
        }
        let wildcard = entries.first { entry in
            entry.tags.contains("*") && !(entry.missingTags ?? []).contains(reference.tag)
        }
        return wildcard.map { .found($0.profile) } ?? .missingTag(reference)
    }
}
