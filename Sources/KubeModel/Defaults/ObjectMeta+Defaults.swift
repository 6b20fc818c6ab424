extension ObjectMeta {
    /// The namespace a namespaced object lands in when the manifest names none.
    public static let defaultNamespace = "default"

    /// What kubectl and the API server fill in: the namespace, for namespaced kinds only.
    mutating func applyDefaults(namespaced: Bool) {
        if namespaced, namespace?.isEmpty ?? true {
            namespace = Self.defaultNamespace
        }
    }
}
