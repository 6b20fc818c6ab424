import KubeModel

/// The `pod-template-hash` label value and ReplicaSet name suffix
/// (pkg/controller/controller_utils.go ComputeHash).
enum PodTemplateHash {
    /// `pod-template-hash` (apps/v1 DefaultDeploymentUniqueLabelKey).
    static let labelKey = "pod-template-hash"

    /// fnv32a over the template, then over the collision count as 8 little-endian bytes (the
    /// upper four zero, as upstream writes a uint32 into an 8-byte buffer), then
    /// `rand.SafeEncodeString` of the decimal sum.
    static func compute(_ template: PodTemplateSpec, collisionCount: Int?) -> String {
        var hash = FNV1a32()
        hash.write(CanonicalEncoder.encode(hashed(template)).utf8)
        if let collisionCount {
            let value = UInt32(truncatingIfNeeded: collisionCount)
            for shift in stride(from: 0, to: 32, by: 8) {
                hash.write(UInt8(truncatingIfNeeded: value >> shift))
            }
            for _ in 0..<4 { hash.write(0) }
        }
        return safeEncode(String(hash.value))
    }

    /// k8s.io/apimachinery/pkg/util/rand SafeEncodeString: each byte mapped into an alphabet
    /// without vowels or look-alike characters.
    static func safeEncode(_ text: String) -> String {
        let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")
        return String(text.utf8.map { alphabet[Int($0) % alphabet.count] })
    }

    /// The template as hashed: without the empty `securityContext` defaulting adds.
    ///
    /// Upstream hashes it too, but this hash is not upstream's anyway (docs/simulation
    /// .md), and leaving it out keeps the names every lab and transcript already shows.
    static func hashed(_ template: PodTemplateSpec) -> PodTemplateSpec {
        guard template.spec?.securityContext == .object([:]) else { return template }
        var copy = template
        copy.spec?.securityContext = nil
        return copy
    }

    /// EqualIgnoreHash: the templates are equal once both lose their `pod-template-hash`.
    static func equalIgnoringHash(_ lhs: PodTemplateSpec, _ rhs: PodTemplateSpec) -> Bool {
        withoutHash(lhs) == withoutHash(rhs)
    }

    static func withoutHash(_ template: PodTemplateSpec) -> PodTemplateSpec {
        var copy = template
        copy.metadata?.labels?[labelKey] = nil
        if copy.metadata?.labels?.isEmpty == true { copy.metadata?.labels = nil }
        return copy
    }
}
