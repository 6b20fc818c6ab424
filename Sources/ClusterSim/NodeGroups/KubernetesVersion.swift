/// A Kubernetes `major.minor` version (`1.29`, `v1.29.3-eks-ae9a62a`), compared by number.
public struct KubernetesVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var major: Int
    public var minor: Int

    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// Reads `1.29`, `v1.29.0` or `v1.29.3-eks-…`; nil for anything else.
    public init?(_ text: String) {
        let trimmed = text.hasPrefix("v") ? text.dropFirst() : Substring(text)
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, let major = Int(parts[0]),
            let minor = Int(parts[1].prefix { $0.isNumber }), !parts[1].isEmpty
        else { return nil }
        self.init(major: major, minor: minor)
    }

    public var description: String { "\(major).\(minor)" }

    /// The next minor release (`1.29` → `1.30`).
    public var nextMinor: KubernetesVersion { KubernetesVersion(major: major, minor: minor + 1) }

    /// Minors between two versions of the same major (positive when `self` is newer).
    public func minors(since other: KubernetesVersion) -> Int {
        (major - other.major) * 1000 + minor - other.minor
    }

    public static func < (lhs: KubernetesVersion, rhs: KubernetesVersion) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }

    /// Kubelets may be up to three minors older than the API server, never newer
    /// (kubernetes.io/releases/version-skew-policy, since 1.28).
    public static let maxKubeletSkew = 3
}
