/// What the image catalogue says about one image reference.
public enum ImageLookup: Sendable, Hashable {
    /// The image exists and behaves so.
    case found(ImageProfile)
    /// The repository is known but this tag does not exist (seed 003's `:v10`).
    case missingTag(ImageReference)
    /// The catalogue knows nothing about the repository.
    case unknownImage(ImageReference)
}
