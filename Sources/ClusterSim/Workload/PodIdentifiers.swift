/// Identifiers `kubectl describe pod` shows that the simulation does not model: the runtime's
/// container and image IDs and the service account token volume.
///
/// There are no real containers, registry digests or admission plugins here, so each is
/// derived from what it names: stable across runs, different for every pod, container and image.
public enum PodIdentifiers {
    /// `containerd://` and 64 hex digits, one per container start of a pod.
    public static func containerID(podUID: String, container: String, restarts: Int) -> String {
        "containerd://" + hex64("\(podUID)/\(container)/\(restarts)")
    }

    /// The image as the runtime resolved it: fully qualified, pinned by digest
    /// (`docker.io/library/nginx@sha256:...`).
    public static func imageID(_ image: String) -> String {
        let reference = ImageReference(parsing: image)
        var repository = reference.repository
        let first = repository.split(separator: "/").first.map(String.init) ?? ""
        if !repository.contains("/") {
            repository = "docker.io/library/" + repository
        } else if !first.contains("."), !first.contains(":"), first != "localhost" {
            repository = "docker.io/" + repository
        }
        if reference.tag.hasPrefix("sha256:") { return "\(repository)@\(reference.tag)" }
        return "\(repository)@sha256:" + hex64(reference.description)
    }

    /// The projected service account token volume the ServiceAccount admission plugin adds to
    /// a pod: `kube-api-access-` and five characters of utilrand's alphabet (no vowels, no
    /// look-alike digits).
    public static func tokenVolume(podUID: String) -> String {
        let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")
        var hash = FNV1a64()
        hash.write(podUID.utf8)
        let suffix = (0..<5).map { index in
            alphabet[Int((hash.value >> (UInt64(index) * 8)) % UInt64(alphabet.count))]
        }
        return "kube-api-access-" + String(suffix)
    }

    /// 64 hex digits from four FNV-1a hashes of `text` with different salts.
    private static func hex64(_ text: String) -> String {
        (0..<4).map { salt -> String in
            var hash = FNV1a64()
            hash.write([UInt8(salt)])
            hash.write(text.utf8)
            let digits = String(hash.value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}
